import Syntax
import Testing

@Suite("Averaged perceptron")
struct PerceptronTests {
    /// A toy task: the class is which of three marker features is present, with a noise feature beside it.
    static func examples() -> [(features: [UInt64], label: Int)] {
        var result: [(features: [UInt64], label: Int)] = []
        for i in 0..<300 {
            let label = (i * 7) % 3
            let marker = FeatureHash.feature(1, UInt64(label))
            let noise = FeatureHash.feature(2, UInt64(i % 11))
            result.append(([marker, noise], label))
        }
        return result
    }

    static func train() -> PerceptronModel {
        var perceptron = AveragedPerceptron(classCount: 3)
        var scores = [Float](repeating: 0, count: 3)
        for _ in 0..<3 {
            for example in examples() {
                for c in scores.indices { scores[c] = 0 }
                perceptron.addScores(of: example.features, to: &scores)
                let guess = AveragedPerceptron.best(scores)!
                perceptron.update(features: example.features, truth: example.label, guess: guess)
                perceptron.advance()
            }
        }
        return perceptron.averaged(labels: ["a", "b", "c"])
    }

    @Test("learns a separable task and classifies every example")
    func learns() {
        let model = Self.train()
        for example in Self.examples() {
            #expect(AveragedPerceptron.best(model.scores(of: example.features)) == example.label)
        }
    }

    @Test("the same training gives the same bytes, which read back to the same model")
    func deterministic() throws {
        let bytes = Self.train().serialized()
        #expect(bytes == Self.train().serialized())
        let read = try PerceptronModel(serialized: bytes)
        #expect(read.labels == ["a", "b", "c"])
        #expect(read.serialized() == bytes)
        for example in Self.examples() {
            #expect(read.scores(of: example.features) == Self.train().scores(of: example.features))
        }
    }

    @Test("a damaged model file is refused, not read")
    func damaged() {
        let bytes = Self.train().serialized()
        #expect(throws: ModelFormatError("file ends early")) { try PerceptronModel(serialized: Array(bytes.dropLast())) }
        #expect(throws: ModelFormatError("not a perceptron model")) { try PerceptronModel(serialized: [1, 2, 3, 4]) }
        #expect(throws: ModelFormatError("trailing bytes")) { try PerceptronModel(serialized: bytes + [0]) }
    }

    @Test("ties go to the lower class; disallowed classes are never chosen")
    func best() {
        #expect(AveragedPerceptron.best([1, 3, 3]) == 1)
        #expect(AveragedPerceptron.best([1, 3, 3], allowed: [true, false, true]) == 2)
        #expect(AveragedPerceptron.best([1, 3], allowed: [false, false]) == nil)
    }
}
