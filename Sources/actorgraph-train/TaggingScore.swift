import Foundation
import Syntax

/// Accuracy of tags and lemmas over a treebank, every word counted.
struct TaggingScore {
    var words = 0
    var upos = 0
    var xpos = 0
    var both = 0
    /// Lemmas right with the predicted tags, and with the gold tags.
    var lemma = 0
    var lemmaGoldTags = 0

    /// Tags `sentences` (gold tokens) with `tagger`, lemmatises them with `lemmatizer` when given,
    /// and counts what they get right.
    init(_ tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer? = nil, on sentences: [CoNLLUSentence]) {
        for sentence in sentences {
            let tags = tagger.tag(sentence.words.map(\.form))
            for (gold, guess) in zip(sentence.words, tags) {
                words += 1
                if gold.upos == guess.upos { upos += 1 }
                if gold.xpos == guess.xpos { xpos += 1 }
                if gold.upos == guess.upos && gold.xpos == guess.xpos { both += 1 }
                guard let lemmatizer else { continue }
                if gold.lemma == lemmatizer.lemma(of: gold.form, upos: guess.upos, xpos: guess.xpos) { lemma += 1 }
                if gold.lemma == lemmatizer.lemma(of: gold.form, upos: gold.upos, xpos: gold.xpos) {
                    lemmaGoldTags += 1
                }
            }
        }
    }

    func percent(_ count: Int) -> String {
        String(format: "%.2f %%", words == 0 ? 0 : 100 * Double(count) / Double(words))
    }

    /// "UPOS 95.10 %  XPOS 94.80 %  ..." for a report line.
    var summary: String {
        var line = "UPOS \(percent(upos))  XPOS \(percent(xpos))  both \(percent(both))"
        if lemma > 0 || lemmaGoldTags > 0 {
            line += "  lemma \(percent(lemma)) (with gold tags \(percent(lemmaGoldTags)))"
        }
        return line + "  (\(words) words)"
    }
}
