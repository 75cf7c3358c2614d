import Foundation
import TestSupport
import Testing

@Suite("actorgraph build: JSON Lines and date windows")
struct DatedInputTests {
    /// Three articles without datelines: dated by their records (or not at all).
    static let corpus = """
        {"id": "oslo", "date": "2022-03-03", "title": "Oslo", "text": "Norwegian Prime Minister Jonas Gahr Store met Finnish President Sauli Niinisto in Oslo."}
        {"date": "2021-05-10", "url": "https://example.org/2", "text": "Japan backed Ukraine."}

        {"text": "Canada criticized Brazil.", "id": null}
        """

    @Test("each line is an article; ids default to <file stem>-<line>; --per-document names outputs after them")
    func perDocument() throws {
        let folder = try CLI.folder(["news.jsonl": Self.corpus])
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", folder.path, "--per-document", "--out-dir", out.path, "--format", "graphml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["news-2.graphml", "news-4.graphml", "oslo.graphml"])
        let oslo = String(decoding: try CLI.bytes(out.appendingPathComponent("oslo.graphml")), as: UTF8.self)
        #expect(oslo.contains(">2022-03-03<"), "the record's date is the publication date")
    }

    @Test("a malformed line is named with its line number; the others are read and the status is 1")
    func malformedLines() throws {
        let lines = [
            #"{"id": "ok", "date": "2022-03-03", "text": "Japan backed Ukraine."}"#,
            #"{"id": "broken", "text": "Japan backed"#,
            #"{"id": "no-text"}"#,
            #"{"text": "Canada criticized Brazil.", "date": "2021-02-30"}"#,
            #"["text"]"#,
            #"{"text": 42}"#,
        ]
        let folder = try CLI.folder(["c.jsonl": lines.joined(separator: "\n")])
        let out = folder.appendingPathComponent("g.graphml")
        let result = try CLI.run(["build", folder.appendingPathComponent("c.jsonl").path, "-o", out.path])
        #expect(result.status == 1)
        let file = folder.appendingPathComponent("c.jsonl").path
        for expected in ["\(file):2: not valid JSON", "\(file):3: no \"text\" field",
                         "\(file):4: \"date\" '2021-02-30' is not a date like 2021-07-29",
                         "\(file):5: not a JSON object", "\(file):6: \"text\" is not a string",
                         "5 of 6 inputs skipped"] {
            #expect(result.stderr.contains(expected), "\(result.stderr)")
        }
        #expect(String(decoding: try CLI.bytes(out), as: UTF8.self).contains(">Japan<"))
    }

    @Test("standard input is JSON Lines with --jsonl; --date overrides the records' dates")
    func standardInput() throws {
        let result = try CLI.run(["build", "-", "--jsonl", "--date", "2020-01-01", "-o", "-", "--format", "graphml"],
                                 input: Self.corpus)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains(">Sauli Niinisto<"))
        #expect(result.stdoutText.contains(">Brazil<"))
        #expect(result.stdoutText.contains(">2020-01-01<"))
        #expect(!result.stdoutText.contains(">2022-03-03<"))
    }

    @Test("--from/--to keep the relations dated in the window; undated ones are left out and counted")
    func window() throws {
        let result = try CLI.run(["build", "-", "--jsonl", "--from", "2022-01-01", "-o", "-", "--format", "graphml"],
                                 input: Self.corpus)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.contains(">Sauli Niinisto<"))
        #expect(!result.stdoutText.contains(">Japan<"), "2021-05-10 is before the window")
        #expect(!result.stdoutText.contains(">Brazil<"), "undated")
        #expect(result.stderr.contains("1 undated relation left out of the window 2022-01-01.."), "\(result.stderr)")
        let upTo = try CLI.run(["build", "-", "--jsonl", "--to", "2021-05-10", "-o", "-"], input: Self.corpus)
        #expect(upTo.stdoutText.contains("Japan") && !upTo.stdoutText.contains("Niinisto"))
    }

    @Test("bad windows are one-line errors, exit 2", arguments: [
        (["--from", "2022-01-01", "--to", "2021-01-01"], "actorgraph: error: --from 2022-01-01 is after --to 2021-01-01"),
        (["--from", "2022-1-1"], "actorgraph: error: --from '2022-1-1' is not a date like 2021-07-29"),
    ])
    func badWindow(_ options: [String], _ message: String) throws {
        let folder = try CLI.folder(["a.txt": CLI.article])
        let result = try CLI.run(["build", "a.txt", "-o", "x.dot"] + options, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == message + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
    }
}
