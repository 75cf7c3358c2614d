import Syntax
import Testing

@Suite("Tagger training")
struct TaggerTrainingTests {
    /// A toy treebank of our own: "talks", "back" and "meet" change tag with their context.
    static let treebank: [[(form: String, upos: String, xpos: String)]] = [
        [("The", "DET", "DT"), ("envoy", "NOUN", "NN"), ("talks", "VERB", "VBZ"), ("to", "ADP", "IN"),
         ("the", "DET", "DT"), ("minister", "NOUN", "NN"), (".", "PUNCT", ".")],
        [("The", "DET", "DT"), ("talks", "NOUN", "NNS"), ("ended", "VERB", "VBD"), ("on", "ADP", "IN"),
         ("Monday", "PROPN", "NNP"), (".", "PUNCT", ".")],
        [("Two", "NUM", "CD"), ("leaders", "NOUN", "NNS"), ("met", "VERB", "VBD"), ("in", "ADP", "IN"),
         ("Paris", "PROPN", "NNP"), (".", "PUNCT", ".")],
        [("She", "PRON", "PRP"), ("backed", "VERB", "VBD"), ("the", "DET", "DT"), ("plan", "NOUN", "NN"),
         (".", "PUNCT", ".")],
        [("They", "PRON", "PRP"), ("will", "AUX", "MD"), ("meet", "VERB", "VB"), ("the", "DET", "DT"),
         ("envoy", "NOUN", "NN"), ("in", "ADP", "IN"), ("Rome", "PROPN", "NNP"), (".", "PUNCT", ".")],
        [("Peace", "NOUN", "NN"), ("talks", "NOUN", "NNS"), ("resumed", "VERB", "VBD"), ("in", "ADP", "IN"),
         ("Geneva", "PROPN", "NNP"), (".", "PUNCT", ".")],
        [("He", "PRON", "PRP"), ("came", "VERB", "VBD"), ("back", "ADV", "RB"), ("on", "ADP", "IN"),
         ("Monday", "PROPN", "NNP"), (".", "PUNCT", ".")],
        [("The", "DET", "DT"), ("minister", "NOUN", "NN"), ("will", "AUX", "MD"), ("back", "VERB", "VB"),
         ("the", "DET", "DT"), ("plan", "NOUN", "NN"), (".", "PUNCT", ".")],
    ]

    static var sentences: [CoNLLUSentence] {
        treebank.map { words in
            CoNLLUSentence(words: words.map { SyntaxWord(form: $0.form, lemma: "_", upos: $0.upos, xpos: $0.xpos) })
        }
    }

    static func train(seed: UInt64 = 7, dictionaryMinCount: Int = 100, folds: Int = 0) throws -> PartOfSpeechTagger {
        var trainer = TaggerTrainer(iterations: 10, seed: seed, pruneBelow: 0, dictionaryMinCount: dictionaryMinCount)
        trainer.ambiguityMinCount = 2
        trainer.ambiguityFolds = folds
        return try trainer.train(sentences)
    }

    @Test("the same data and seed give the same model bytes")
    func deterministic() throws {
        let first = try Self.train(dictionaryMinCount: 3, folds: 3)
        let second = try Self.train(dictionaryMinCount: 3, folds: 3)
        #expect(first.model.serialized() == second.model.serialized())
        #expect(first.dictionary.fileText() == second.dictionary.fileText())
        #expect(first.ambiguityClasses.fileText() == second.ambiguityClasses.fileText())
        #expect(first.model.featureCount > 0)
    }

    @Test("training converges: the tagger tags its own training sentences right, by context")
    func converges() throws {
        let tagger = try Self.train()
        #expect(tagger.dictionary.forms.isEmpty)
        for sentence in Self.treebank {
            let tags = tagger.tag(sentence.map(\.form))
            #expect(tags.map(\.upos) == sentence.map(\.upos), "\(sentence.map(\.form))")
            #expect(tags.map(\.xpos) == sentence.map(\.xpos), "\(sentence.map(\.form))")
        }
    }

    @Test("frequent words with one tag go into the dictionary; ambiguous ones do not")
    func dictionary() throws {
        let tagger = try Self.train(dictionaryMinCount: 3)
        // "the" (4 times, always DT) and "." (8 times); "talks" is seen 3 times with two tags.
        #expect(tagger.dictionary.forms.contains("the"))
        #expect(tagger.dictionary.forms.contains("."))
        #expect(!tagger.dictionary.forms.contains("talks"))
        #expect(tagger.tag(["the"]) == [PartOfSpeechTag(upos: "DET", xpos: "DT")])
    }

    @Test("ambiguity classes: every tag a word was seen with, lowercased")
    func ambiguityClasses() throws {
        let classes = try Self.train().ambiguityClasses
        let index = try #require(classes.forms.firstIndex(of: "talks"))
        #expect(classes.tags[index].map(\.label) == ["NOUN NNS", "VERB VBZ"])
        #expect(classes.forms.contains("the") && !classes.forms.contains("The"))
        #expect(!classes.forms.contains("rome"))  // seen once
    }

    @Test("the dictionary and class files read back; a bad line is named")
    func files() throws {
        let tagger = try Self.train(dictionaryMinCount: 3)
        #expect(try TagDictionary(fileText: tagger.dictionary.fileText()) == tagger.dictionary)
        #expect(try AmbiguityClasses(fileText: tagger.ambiguityClasses.fileText()) == tagger.ambiguityClasses)
        #expect(throws: ModelFormatError("line 2: expected form, UPOS and XPOS separated by tabs")) {
            try TagDictionary(fileText: "the\tDET\tDT\nof\tADP\n")
        }
        #expect(throws: ModelFormatError("line 1: expected a form and its tags ('UPOS XPOS') separated by tabs")) {
            try AmbiguityClasses(fileText: "back\tADV\n")
        }
    }

    @Test("a model whose classes are not UPOS XPOS pairs is refused")
    func badLabels() throws {
        let model = AveragedPerceptron(classCount: 2).averaged(labels: ["NOUN NN", "VERB"])
        #expect(throws: ModelFormatError("class 'VERB' is not 'UPOS XPOS'")) {
            try PartOfSpeechTagger(model: model, dictionary: TagDictionary(entries: []), ambiguityClasses: AmbiguityClasses(entries: []))
        }
    }
}
