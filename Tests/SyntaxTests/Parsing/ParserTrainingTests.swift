import Syntax
import TestSupport
import Testing

@Suite("Parser training and parsing")
struct ParserTrainingTests {
    static func train() -> DependencyParser {
        ParserTrainer(iterations: 12, seed: 7).train(ToyTreebank.sentences)
    }

    @Test("a tiny training run parses its training sentences right")
    func converges() {
        let parser = Self.train()
        for s in ToyTreebank.sentences {
            let arcs = parser.parse(forms: s.forms, upos: s.upos, xpos: s.xpos)
            #expect(arcs.map(\.head) == s.heads, "\(s.forms)")
            #expect(arcs.map(\.deprel) == s.deprels, "\(s.forms)")
        }
    }

    @Test("the same data and seed give the same model bytes, which load back into the same parser")
    func deterministic() throws {
        let bytes = Self.train().model.serialized()
        #expect(bytes == Self.train().model.serialized())
        let loaded = try DependencyParser(serialized: bytes)
        #expect(loaded.model.serialized() == bytes)
        #expect(loaded.relations.contains("nsubj:pass") && loaded.relations.contains("root"))
    }

    @Test("another seed gives another model")
    func seeded() {
        let other = ParserTrainer(iterations: 12, seed: 8).train(ToyTreebank.sentences)
        #expect(other.model.serialized() != Self.train().model.serialized())
    }

    @Test("every parse is a tree with one root word, whatever the words and tags")
    func alwaysATree() {
        let parser = Self.train()
        var random = SeededGenerator(seed: 3)
        let vocabulary = ToyTreebank.sentences.flatMap { s in s.forms.indices.map { (s.forms[$0], s.upos[$0], s.xpos[$0]) } }
        for length in 0..<60 {
            let words = (0..<length).map { _ in vocabulary.randomElement(using: &random) ?? ("x", "X", "XX") }
            let arcs = parser.parse(forms: words.map(\.0), upos: words.map(\.1), xpos: words.map(\.2))
            #expect(arcs.count == length)
            guard length > 0 else { continue }
            #expect(Projectivizer.isTree(arcs.map(\.head)), "\(words.map(\.0))")
            #expect(arcs.filter { $0.head == 0 }.map(\.deprel) == ["root"])
            #expect(arcs.filter { $0.deprel == "root" }.count == 1)
        }
    }

    @Test("a model that is not a parser's is refused")
    func refusesOtherModels() {
        var perceptron = AveragedPerceptron(classCount: 2)
        perceptron.update(features: [FeatureHash.feature(1, 1)], truth: 0, guess: 1)
        let tagger = perceptron.averaged(labels: ["NOUN", "VERB"])
        #expect(throws: ModelFormatError.self) { try DependencyParser(model: tagger) }
    }
}
