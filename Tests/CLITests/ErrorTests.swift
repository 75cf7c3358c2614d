import Foundation
import TestSupport
import Testing

@Suite("actorgraph build: errors and exit statuses")
struct CLIErrorTests {
    @Test("bad arguments: one line on stderr, exit 2, nothing written", arguments: [
        (["build", "nosuch.txt", "-o", "x.graphml"], "nosuch.txt: no such file or folder"),
        (["build", "a.txt", "-o", "x.graphml", "--date", "2021-13-01"], "--date '2021-13-01' is not a date"),
        (["build", "a.txt", "-o", "x.graphml", "--out-dir", "d"], "give either -o/--output or --out-dir"),
        (["build", "a.txt"], "say where to write"),
        (["build", "a.txt", "-o", "x.png"], "x.png: cannot tell the format from the extension"),
        (["build", "a.txt", "-o", "x.svg", "--layout", "spring"], "spring"),
        (["build", "a.txt", "-o", "x.svg", "--format", "png"], "png"),
        (["build", "a.txt", "-o", "a.txt", "--format", "dot"], "refusing to overwrite an input"),
        (["extract", "a.txt", "-o", "a.txt", "--format", "csv"], "refusing to overwrite an input"),
        (["build", "a.txt", "--per-document", "-o", "x.dot"], "--per-document needs --out-dir"),
        (["build", "a.txt", "-o", "x.dot", "--lexicon", "bad.tsv"], "bad.tsv:1: unknown table 'oops'"),
    ])
    func usage(_ arguments: [String], _ message: String) throws {
        let folder = try CLI.folder(["a.txt": CLI.article, "bad.tsv": "oops\tx\n"])
        let result = try CLI.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["a.txt", "bad.tsv"])
    }

    @Test("a binary file is skipped with a warning; the rest is written and the status is 1")
    func binaryInput() throws {
        let folder = try CLI.folder(["a.txt": CLI.article])
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]).write(to: folder.appendingPathComponent("b.txt"))
        let out = folder.appendingPathComponent("g.graphml")
        let result = try CLI.run(["build", folder.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.txt: looks like a binary file, skipped"))
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test("invalid UTF-8 is replaced with a warning")
    func invalidUTF8() throws {
        let folder = try CLI.folder([:])
        try Data(Array("Japan backed Ukraine \u{00E9}.".utf8) + [0xFF, 0xFE]).write(to: folder.appendingPathComponent("a.txt"))
        let result = try CLI.run(["build", folder.path, "-o", folder.appendingPathComponent("g.dot").path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("a.txt: invalid UTF-8 replaced"))
    }

    @Test("a lexicon row listing a value again is a warning naming both rows, --quiet or not; the graph is written",
          arguments: [[], ["--quiet"]])
    func repeatedLexiconRow(_ flags: [String]) throws {
        let folder = try CLI.folder(["a.txt": CLI.article, "mine.tsv": "title\tchief whisperer\trole\ntitle\tchief whisperer\trole\n"])
        let lexicon = folder.appendingPathComponent("mine.tsv").path
        let result = try CLI.run(["build", "a.txt", "-o", "g.dot", "--lexicon", lexicon] + flags, in: folder)
        #expect(result.status == 0)
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings == ["actorgraph: warning: \(lexicon):2: 'chief whisperer' repeats \(lexicon):1"])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.dot").path))
    }

    @Test("a run with the bundled lexicon alone prints no warning")
    func noLexiconWarnings() throws {
        let folder = try CLI.folder(["a.txt": CLI.article])
        let result = try CLI.run(["build", "a.txt", "-o", "g.dot"], in: folder)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
    }

    @Test("an unwritable destination exits 3 and leaves no temporary file")
    func unwritable() throws {
        let folder = try CLI.folder(["a.txt": CLI.article])
        let blocker = folder.appendingPathComponent("file")
        try Data().write(to: blocker)
        let result = try CLI.run(["build", folder.appendingPathComponent("a.txt").path, "--out-dir", blocker.appendingPathComponent("sub").path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("cannot create the folder"))
    }

    @Test("--help explains with examples and exits 0")
    func help() throws {
        let result = try CLI.run(["build", "--help"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("Examples:"))
        #expect(result.stdoutText.contains("--per-document"))
    }

    @Test("--help says what each command does: every command's exit status, extract's '-o -', merge's --name")
    func helpText() throws {
        func help(_ command: [String]) throws -> String {
            try CLI.run(command + ["--help"], environment: ["COLUMNS": "1000"]).stdoutText
        }
        let root = try help([])
        #expect(root.contains("Exit status of build, extract and merge: 0 success;"), "\(root)")
        #expect(root.contains("Of parse and explain: 0 success; 2 bad arguments or input; 3 the syntax models could not be loaded."), "\(root)")
        #expect(try help(["extract"]).contains("'-o -' writes to standard output, JSON Lines unless --format csv."))
        let merge = try help(["merge"])
        #expect(merge.contains("(default: 'actors'; for diff, 'diff')") && !merge.contains("for build"), "\(merge)")
    }

    @Test("--help at 80 columns: no line too long, and prose lines filled (no hard breaks in a paragraph)",
          arguments: [[], ["build"], ["diff"], ["extract"], ["merge"], ["parse"], ["explain"]])
    func helpAt80Columns(_ command: [String]) throws {
        let result = try CLI.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.count > 80 && !$0.hasPrefix("USAGE:") }.isEmpty)
        // The overview and discussion: a prose line followed by more of its paragraph must be too
        // full to take the next line's first word.
        let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
        for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && !line.hasPrefix(" ") && !next.isEmpty && !next.hasPrefix(" ") {
            let word = next.prefix { $0 != " " }
            #expect(line.count + 1 + word.count > 79, "ragged: '\(line)' / '\(next)'")
        }
    }
}
