import Foundation
import Syntax
import Testing

/// The committed `parser.agpm` on sentences of our own with their tags: structural checks of the
/// relations the extraction will read (the accuracy figures belong to the benchmark).
@Suite("Shipped parser")
struct ShippedParserTests {
    static let modelPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/Syntax/Resources/Models/parser.agpm").standardized.path

    static func parser() throws -> DependencyParser {
        let data = try #require(FileManager.default.contents(atPath: modelPath), "no model at \(modelPath)")
        return try DependencyParser(serialized: Array(data))
    }

    struct Arc: Equatable {
        var head: String
        var deprel: String
        init(_ head: String, _ deprel: String) { self.head = head; self.deprel = deprel }
    }

    /// `form/UPOS/XPOS` words; the result maps each form to its head's form and its relation.
    static func parse(_ parser: DependencyParser, _ line: String) -> [String: Arc] {
        let words = line.split(separator: " ").map { $0.split(separator: "/").map(String.init) }
        let forms = words.map { $0[0] }
        let arcs = parser.parse(forms: forms, upos: words.map { $0[1] }, xpos: words.map { $0[2] })
        var result: [String: Arc] = [:]
        for (k, arc) in arcs.enumerated() { result[forms[k]] = Arc(arc.head == 0 ? "ROOT" : forms[arc.head - 1], arc.deprel) }
        return result
    }

    @Test("subject, object and oblique of a meeting")
    func met() throws {
        let tree = Self.parse(try Self.parser(),
                              "Scholz/PROPN/NNP met/VERB/VBD Macron/PROPN/NNP in/ADP/IN Paris/PROPN/NNP on/ADP/IN Monday/PROPN/NNP ./PUNCT/.")
        #expect(tree["met"] == Arc("ROOT", "root"))
        #expect(tree["Scholz"] == Arc("met", "nsubj"))
        #expect(tree["Macron"] == Arc("met", "obj"))
        #expect(tree["Paris"] == Arc("met", "obl"))
        #expect(tree["in"] == Arc("Paris", "case"))
    }

    @Test("a passive with its agent")
    func passive() throws {
        let tree = Self.parse(try Self.parser(),
                              "The/DET/DT minister/NOUN/NN was/AUX/VBD warned/VERB/VBN by/ADP/IN the/DET/DT council/NOUN/NN ./PUNCT/.")
        #expect(tree["warned"] == Arc("ROOT", "root"))
        #expect(tree["minister"] == Arc("warned", "nsubj:pass"))
        #expect(tree["was"] == Arc("warned", "aux:pass"))
        #expect(tree["council"] == Arc("warned", "obl:agent"))
    }

    @Test("a threat with an open clausal complement")
    func threatened() throws {
        let tree = Self.parse(try Self.parser(),
                              "Ankara/PROPN/NNP threatened/VERB/VBD to/PART/TO impose/VERB/VB tariffs/NOUN/NNS on/ADP/IN Athens/PROPN/NNP ./PUNCT/.")
        #expect(tree["threatened"] == Arc("ROOT", "root"))
        #expect(tree["Ankara"] == Arc("threatened", "nsubj"))
        #expect(tree["impose"] == Arc("threatened", "xcomp"))
        #expect(tree["tariffs"] == Arc("impose", "obj"))
        #expect(tree["Athens"]?.deprel == "obl")
    }
}
