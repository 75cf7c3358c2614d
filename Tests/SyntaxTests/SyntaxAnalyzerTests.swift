import Foundation
import Syntax
import Testing

@Suite("Shipped syntax models")
struct SyntaxAnalyzerTests {
    static func analyze(_ sentence: String) throws -> [SyntaxWord] {
        try SyntaxAnalyzer.shipped().analyze(sentence.split(separator: " ").map(String.init))
    }

    @Test("a meeting: the verb, its lemma, the nouns")
    func meeting() throws {
        let words = try Self.analyze("The minister met the envoy on Tuesday .")
        #expect(words.map(\.upos) == ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
        #expect(words[2].xpos == "VBD" && words[2].lemma == "meet")
        #expect(words[1].lemma == "minister" && words[0].lemma == "the")
        // met is the root; the minister its subject, the envoy its object, Tuesday an oblique.
        #expect(words.map(\.head) == [2, 3, 0, 5, 3, 7, 3, 3])
        #expect(words.map(\.deprel) == ["det", "nsubj", "root", "det", "obj", "case", "obl", "punct"])
    }

    @Test("a plural noun at the start of a sentence")
    func talks() throws {
        let words = try Self.analyze("Talks between the two leaders ended .")
        #expect(words[0].upos == "NOUN" && words[0].xpos == "NNS" && words[0].lemma == "talk")
        #expect(words[4].lemma == "leader")
        #expect(words[5].upos == "VERB" && words[5].lemma == "end")
    }

    @Test("threats, backing and giving: trigger lemmas")
    func triggers() throws {
        let threat = try Self.analyze("Ankara threatened to impose tariffs on Greece .")
        #expect(threat[0].upos == "PROPN" && threat[6].upos == "PROPN")
        #expect(threat[1].upos == "VERB" && threat[1].lemma == "threaten")
        #expect(threat[4].upos == "NOUN" && threat[4].lemma == "tariff")
        let support = try Self.analyze("Washington backed the rebels and gave them weapons .")
        #expect(support[1].lemma == "back" && support[5].lemma == "give")
        #expect(support[3].lemma == "rebel" && support[4].upos == "CCONJ")
        let threatens = try Self.analyze("The government threatens sanctions and is threatening a blockade .")
        #expect(threatens[2].xpos == "VBZ" && threatens[2].lemma == "threaten")
        #expect(threatens[6].xpos == "VBG" && threatens[6].lemma == "threaten")
        #expect(threatens[5].upos == "AUX" && threatens[5].lemma == "be")
    }

    @Test("an empty sentence gives no words")
    func empty() throws {
        #expect(try SyntaxAnalyzer.shipped().analyze([]).isEmpty)
    }

    @Test("a missing or damaged model file is named, with the problem")
    func badModels() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syntax-models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tagger = folder.appendingPathComponent(SyntaxModelFiles.tagger)
        #expect(throws: SyntaxModelError(file: tagger.path, problem: "cannot read the file")) {
            try SyntaxAnalyzer.load(from: folder)
        }
        let shipped = try #require(SyntaxModelFiles.shippedFolder)
        for name in [SyntaxModelFiles.tagger, SyntaxModelFiles.tagDictionary, SyntaxModelFiles.ambiguityClasses,
                     SyntaxModelFiles.lemmas, SyntaxModelFiles.parser] {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        #expect(try SyntaxAnalyzer.load(from: folder).analyze(["Rain", "."]).count == 2)
        let bytes = try Data(contentsOf: tagger)
        try bytes.prefix(bytes.count / 2).write(to: tagger)
        #expect(throws: SyntaxModelError(file: tagger.path, problem: "file ends early")) {
            try SyntaxAnalyzer.load(from: folder)
        }
    }
}
