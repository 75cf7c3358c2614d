import Foundation
import TestSupport
import Testing

@Suite("actorgraph explain")
struct ExplainCommandTests {
    /// The bundled `frames.tsv` row of `lemma` and `wordClass` as explain names it:
    /// "frames.tsv:LINE: SOURCE / TARGET".
    private func bundledRow(_ lemma: String, _ wordClass: String) throws -> String {
        let url = Fixtures.packageRoot.appendingPathComponent("Sources/ActorExtraction/Resources/Lexicon/frames.tsv")
        let lines = String(decoding: try CLI.bytes(url), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let n = try #require(lines.firstIndex { $0.hasPrefix("\(lemma)\t\(wordClass)\t") }, "no \(lemma) \(wordClass) row")
        let c = lines[n].split(separator: "\t")
        return "frames.tsv:\(n + 1): \(c[3]) / \(c[4])"
    }

    private func explain(_ text: String, _ extra: [String] = [], in folder: URL? = nil) throws -> (status: Int32, lines: [String], stderr: String) {
        let result = try CLI.run(["explain", "-"] + extra, input: text, in: folder)
        return (result.status, result.stdoutText.split(separator: "\n").map(String.init), result.stderr)
    }

    @Test("a relation is shown with the tree and the frames.tsv row that fired")
    func relation() throws {
        let out = try explain("Kenya met Uganda on Friday.\n", ["--date", "2021-07-29"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.lines.first == "sentence 1: Kenya met Uganda on Friday.")
        #expect(out.lines.contains("  mention \"Kenya\" -> Kenya [country]"))
        #expect(out.lines.contains("  tree:"))
        #expect(out.lines.contains { $0.hasPrefix("    2\tmet\tVERB\t") && $0.hasSuffix("\tmeet\troot <- 0 root") }, "\(out.lines)")
        let row = try bundledRow("meet", "verb")
        #expect(out.lines.contains("  relation Kenya [country] met Uganda [country] (trigger 'meet' verb, \(row))"), "\(out.lines)")
        #expect(!out.lines.contains { $0.hasPrefix("  stopped") })
    }

    @Test("a stopped candidate is shown with its row and the cue that stopped it", arguments: [
        ("Kenya did not meet Uganda.", "negation 'not'"),
        ("Kenya will meet Uganda.", "modal 'will'"),
        ("Kenya refused to meet Uganda.", "governed by 'refused'"),
        ("If Kenya meets Uganda, the border will reopen.", "condition 'If'"),
    ])
    func stopped(_ sentence: String, _ cue: String) throws {
        let out = try explain(sentence + "\n")
        #expect(out.status == 0, "\(out.stderr)")
        let row = try bundledRow("meet", "verb")
        #expect(out.lines.contains("  stopped  Kenya [country] met Uganda [country] (trigger 'meet' verb, \(row)): \(cue)"),
                "\(out.lines)")
        #expect(!out.lines.contains { $0.hasPrefix("  relation") })
    }

    @Test("a sentence without a trigger or two actors is not parsed; --parsed-only leaves it out")
    func notParsed() throws {
        let text = "Kenya and Uganda share a border.\nNairobi was quiet on Friday.\nKenya met Uganda.\n"
        let all = try explain(text)
        #expect(all.status == 0, "\(all.stderr)")
        // Two actors and no trigger word; one actor.
        #expect(all.lines.filter { $0.hasPrefix("  not parsed: ") }.count == 2, "\(all.lines)")
        #expect(all.lines.filter { $0.hasPrefix("sentence ") }.count == 3)
        let parsed = try explain(text, ["--parsed-only"])
        #expect(parsed.lines.filter { $0.hasPrefix("sentence ") } == ["sentence 3: Kenya met Uganda."])
        #expect(!parsed.lines.contains { $0.contains("not parsed") })
    }

    @Test("a user frame row fires and explain names its file and line")
    func userFrame() throws {
        let folder = try CLI.folder(["mine.tsv": "# mine\nframe\thuddle\tverb\tmet\tnsubj\tobl/with\n"])
        let lexicon = folder.appendingPathComponent("mine.tsv").path
        let out = try explain("Kenya huddled with Uganda.\n", ["--lexicon", lexicon])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.lines.contains("  relation Kenya [country] met Uganda [country] (trigger 'huddle' verb, \(lexicon):2: nsubj / obl/with)"),
                "\(out.lines)")
    }

    @Test("bad input or lexicon: one error line, exit 2, nothing on standard output", arguments: [
        (["explain", "nosuch.txt"], "error: nosuch.txt: no such file or folder"),
        (["explain", "a.txt", "--lexicon", "nosuch.tsv"], "error: nosuch.tsv: no such lexicon file"),
        (["explain", "a.txt", "--lexicon", "bad-path.tsv"], "bad-path.tsv:2: target path: 'obl/with/at' has more than one '/'"),
        (["explain", "a.txt", "--lexicon", "bad-class.tsv"], "bad-class.tsv:1: word class 'adverb' must be verb or noun"),
        (["explain", "a.txt", "--date", "2021-02-30"], "--date '2021-02-30' is not a date"),
    ])
    func badInput(_ arguments: [String], _ message: String) throws {
        let folder = try CLI.folder([
            "a.txt": "Kenya met Uganda.\n",
            "bad-path.tsv": "# paths\nframe\tmeet\tverb\tmet\tnsubj\tobl/with/at\n",
            "bad-class.tsv": "frame\tmeet\tadverb\tmet\tnsubj\tobj\n",
        ])
        let result = try CLI.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a missing file's error names the file and no line")
    func missingFileHasNoLine() throws {
        let result = try CLI.run(["explain", "nosuch.txt"], in: try CLI.folder([:]))
        #expect(result.status == 2)
        #expect(result.stderr.contains("nosuch.txt: "))
        #expect(result.stderr.range(of: #":[0-9]+:"#, options: .regularExpression) == nil, "\(result.stderr)")
    }

    @Test("an old relation row says that relation phrases became frame rows")
    func oldRelationRow() throws {
        let folder = try CLI.folder(["old.tsv": "relation\tmet\tactive\tmet with\n"])
        let result = try CLI.run(["explain", "-", "--lexicon", "old.tsv"], input: "Kenya met Uganda.\n", in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("old.tsv:1: unknown table 'relation'"), "\(result.stderr)")
        #expect(result.stderr.contains("frame rows"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }
}
