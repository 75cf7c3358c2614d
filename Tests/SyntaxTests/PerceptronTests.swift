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

    /// The bytes of a model file (format in `PerceptronModel+Binary.swift`) with `classCount`
    /// classes, scale 0.5, and `rows` (features ascending, entries by class).
    static func modelFile(classCount: Int, rows: [(feature: UInt64, entries: [(class: UInt16, quantum: Int16)])]) -> [UInt8] {
        var bytes: [UInt8] = Array("AGPM".utf8)
        func u16(_ v: UInt16) { bytes += [UInt8(v & 0xff), UInt8(v >> 8)] }
        func u32(_ v: UInt32) { for k in 0..<4 { bytes.append(UInt8((v >> (8 * k)) & 0xff)) } }
        u32(1)
        u32(UInt32(classCount))
        for c in 0..<classCount {
            u32(UInt32("c\(c)".utf8.count))
            bytes += Array("c\(c)".utf8)
        }
        u32(Float(0.5).bitPattern)
        u32(UInt32(rows.count))
        for row in rows {
            for k in 0..<8 { bytes.append(UInt8((row.feature >> (8 * UInt64(k))) & 0xff)) }
            u16(UInt16(row.entries.count))
            for entry in row.entries {
                u16(entry.class)
                u16(UInt16(bitPattern: entry.quantum))
            }
        }
        return bytes
    }

    @Test("scores add each feature's weights, whether its row is long or short, and whatever slot it lands in")
    func scores() throws {
        // 300 features that all want the same slot of the table, with rows of 1 to 40 entries.
        let classCount = 40
        var rows: [(feature: UInt64, entries: [(class: UInt16, quantum: Int16)])] = []
        for r in 1...300 {
            let length = r % 40 + 1
            let entries = (0..<length).map { k in (class: UInt16((k * 7 + r) % classCount), quantum: Int16(r * 3 - k * 11 - 200)) }
            rows.append((UInt64(r) << 20, entries.sorted { $0.class < $1.class }))
        }
        let model = try PerceptronModel(serialized: Self.modelFile(classCount: classCount, rows: rows))
        let absent: UInt64 = 301 << 20
        let features: [UInt64] = [5 << 20, absent, 39 << 20, 300 << 20, 5 << 20, 80 << 20, 1 << 20]
        var expected = [Float](repeating: 0, count: classCount)
        for feature in features {
            guard let row = rows.first(where: { $0.feature == feature }) else { continue }
            for entry in row.entries { expected[Int(entry.class)] += Float(entry.quantum) * 0.5 }
        }
        #expect(model.scores(of: features) == expected)
        #expect(model.scores(of: [absent]) == [Float](repeating: 0, count: classCount))
    }
}
