import Syntax
import Testing

@Suite("Lemmatizer")
struct LemmatizerTests {
    /// The rules alone (nothing learnt).
    static let rules = Lemmatizer.learn(from: [])

    @Test("inflection rules by Penn Treebank tag", arguments: [
        ("threatened", "VERB", "VBD", "threaten"), ("threatening", "VERB", "VBG", "threaten"),
        ("threatens", "VERB", "VBZ", "threaten"), ("backed", "VERB", "VBD", "back"),
        ("stopped", "VERB", "VBD", "stop"), ("hoped", "VERB", "VBN", "hope"), ("tried", "VERB", "VBD", "try"),
        ("agreed", "VERB", "VBD", "agree"), ("planning", "VERB", "VBG", "plan"), ("making", "VERB", "VBG", "make"),
        ("dying", "VERB", "VBG", "die"), ("deciding", "VERB", "VBG", "decide"), ("joined", "VERB", "VBD", "join"), ("watches", "VERB", "VBZ", "watch"), ("Negotiated", "VERB", "VBN", "negotiate"),
        ("talks", "NOUN", "NNS", "talk"), ("companies", "NOUN", "NNS", "company"), ("boxes", "NOUN", "NNS", "box"),
        ("women", "NOUN", "NNS", "woman"), ("bigger", "ADJ", "JJR", "big"), ("largest", "ADJ", "JJS", "large"),
        ("happier", "ADJ", "JJR", "happy"), ("Americans", "PROPN", "NNPS", "American"),
        ("Paris", "PROPN", "NNP", "Paris"), ("chicago", "PROPN", "NNP", "Chicago"), ("6,363,217", "NUM", "CD", "6363217"),
        ("EB3326", "NOUN", "NN", "EB3326"), ("specializes", "VERB", "VBZ", "specialize"), ("The", "DET", "DT", "the"), ("news", "NOUN", "NN", "news"),
    ])
    func rules(form: String, upos: String, xpos: String, lemma: String) {
        #expect(Self.rules.lemma(of: form, upos: upos, xpos: xpos) == lemma)
    }

    /// Our own sentences with gold lemmas: irregular verbs, and a base form ("add") that the rules
    /// alone would miss in "adding".
    static let sentences: [CoNLLUSentence] = [
        [("They", "they", "PRON", "PRP"), ("met", "meet", "VERB", "VBD"), ("and", "and", "CCONJ", "CC"),
         ("held", "hold", "VERB", "VBD"), ("talks", "talk", "NOUN", "NNS")],
        [("She", "she", "PRON", "PRP"), ("added", "add", "VERB", "VBD"), ("that", "that", "SCONJ", "IN"),
         ("he", "he", "PRON", "PRP"), ("gave", "give", "VERB", "VBD"), ("up", "up", "ADP", "RP")],
    ].map { words in
        CoNLLUSentence(words: words.map { SyntaxWord(form: $0.0, lemma: $0.1, upos: $0.2, xpos: $0.3) })
    }

    @Test("exceptions and base forms learnt from a treebank")
    func learnt() {
        let lemmatizer = Lemmatizer.learn(from: Self.sentences)
        #expect(lemmatizer.lemma(of: "met", upos: "VERB", xpos: "VBD") == "meet")
        #expect(lemmatizer.lemma(of: "Held", upos: "VERB", xpos: "VBD") == "hold")
        #expect(lemmatizer.lemma(of: "gave", upos: "VERB", xpos: "VBD") == "give")
        #expect(Self.rules.lemma(of: "adding", upos: "VERB", xpos: "VBG") == "ad")
        #expect(lemmatizer.lemma(of: "adding", upos: "VERB", xpos: "VBG") == "add")
        // Only what the rules get wrong is an exception.
        #expect(lemmatizer.exceptions.keys.sorted() == ["gave\tVBD", "held\tVBD", "met\tVBD"])
    }

    @Test("the lemma file reads back; a bad line is named")
    func file() throws {
        let lemmatizer = Lemmatizer.learn(from: Self.sentences)
        #expect(try Lemmatizer(fileText: lemmatizer.fileText()) == lemmatizer)
        #expect(throws: ModelFormatError("line 1: expected 'base CLASS WORD' or 'exception FORM XPOS LEMMA'")) {
            try Lemmatizer(fileText: "exception\tmet\tmeet\n")
        }
    }
}
