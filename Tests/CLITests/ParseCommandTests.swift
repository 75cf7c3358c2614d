import Foundation
import Syntax
import TestSupport
import Testing

@Suite("actorgraph parse")
struct ParseCommandTests {
    @Test("a text article comes out as CoNLL-U: UD tokens, tags, lemmas, a tree per sentence")
    func text() throws {
        let article = "The envoys didn't meet in Oslo.\nOn Friday, the minister warned the rebels.\n"
        let result = try CLI.run(["parse", "-"], input: article)
        #expect(result.status == 0, "\(result.stderr)")
        let sentences = try CoNLLUReader.sentences(in: result.stdoutText)
        try #require(sentences.count == 2)
        #expect(sentences.map(\.text) == ["The envoys didn't meet in Oslo.", "On Friday, the minister warned the rebels."])
        #expect(sentences[0].words.map(\.form) == ["The", "envoys", "did", "n't", "meet", "in", "Oslo", "."])
        #expect(sentences[0].comments.first == "# sent_id = 1")
        // "did" touches "n't", and "Oslo" the period.
        #expect(sentences[0].words.map(\.noSpaceAfter) == [false, false, true, false, false, false, true, false])
        let warned = try #require(sentences[1].words.first { $0.form == "warned" })
        #expect(warned.lemma == "warn" && warned.upos == "VERB" && warned.xpos == "VBD")
        for sentence in sentences {
            #expect(sentence.words.filter { $0.head == 0 }.count == 1, "one root")
            #expect(sentence.words.allSatisfy { $0.head >= 0 && $0.deprel != "_" }, "every word attached")
        }
    }

    @Test("--conllu keeps the tokens, sentences, comments and MISC of the file and predicts the rest")
    func conllu() throws {
        let gold = """
            # sent_id = ours-7
            # text = Talks ended.
            1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_
            2\tended\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
            3\t.\t_\t_\t_\t_\t_\t_\t_\t_


            """
        let folder = try CLI.folder(["gold.conllu": gold])
        let out = folder.appendingPathComponent("pred.conllu")
        let result = try CLI.run(["parse", "--conllu", folder.appendingPathComponent("gold.conllu").path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let predicted = try CoNLLUReader.sentences(in: String(decoding: try CLI.bytes(out), as: UTF8.self))
        let sentence = try #require(predicted.first)
        #expect(sentence.comments == ["# sent_id = ours-7", "# text = Talks ended."])
        #expect(sentence.words.map(\.form) == ["Talks", "ended", "."])
        #expect(sentence.words.map(\.misc) == ["_", "SpaceAfter=No", "_"])
        #expect(sentence.words[0].lemma == "talk" && sentence.words[0].upos == "NOUN")
        #expect(sentence.words.filter { $0.head == 0 }.count == 1)
    }

    @Test("bad input: one line naming the file (and line), exit 2, nothing written", arguments: [
        (["parse", "--conllu", "bad.conllu", "-o", "out.conllu"], "bad.conllu:2: expected 10 tab-separated columns, found 3"),
        (["parse", "--conllu", "nosuch.conllu", "-o", "out.conllu"], "nosuch.conllu: no such file or folder"),
        (["parse", "binary.txt", "-o", "out.conllu"], "error: binary.txt: looks like a binary file\n"),
        (["parse", "-o", "out.conllu"], "give a text file (or '-'), or --conllu FILE"),
        (["parse", "a.txt", "--conllu", "bad.conllu"], "give either a text file or --conllu, not both"),
    ])
    func badInput(_ arguments: [String], _ message: String) throws {
        let folder = try CLI.folder(["bad.conllu": "# text = x\n1\tx\tx\n", "a.txt": "Rain fell."])
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]).write(to: folder.appendingPathComponent("binary.txt"))
        let result = try CLI.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.conllu").path))
    }
}
