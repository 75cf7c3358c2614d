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

    /// Tags `sentences` (gold tokens) with `analyzer` and counts what it gets right.
    init(_ analyzer: SyntaxAnalyzer, on sentences: [CoNLLUSentence], lemmas: Bool = true) {
        for sentence in sentences {
            let predicted = lemmas ? analyzer.analyze(sentence.words.map(\.form))
                : zip(sentence.words, analyzer.tagger.tag(sentence.words.map(\.form))).map {
                    SyntaxWord(form: $0.form, upos: $1.upos, xpos: $1.xpos)
                }
            for (gold, guess) in zip(sentence.words, predicted) {
                words += 1
                if gold.upos == guess.upos { upos += 1 }
                if gold.xpos == guess.xpos { xpos += 1 }
                if gold.upos == guess.upos && gold.xpos == guess.xpos { both += 1 }
                guard lemmas else { continue }
                if gold.lemma == guess.lemma { lemma += 1 }
                if gold.lemma == analyzer.lemmatizer.lemma(of: gold.form, upos: gold.upos, xpos: gold.xpos) {
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
