import Foundation
import TestSupport
import Testing

@Suite("actorgraph extract and merge")
struct EventCommandTests {
    static let seeds = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds.jsonl")

    /// The example articles and, when ../shared is there, the seed corpus.
    static var corpora: [URL] {
        [CLI.examples] + (FileManager.default.fileExists(atPath: seeds.path) ? [seeds] : [])
    }

    private func extract(_ input: URL, to name: String, _ extra: [String] = []) throws -> URL {
        let out = try Fixtures.temporaryFolder().appendingPathComponent(name)
        let result = try CLI.run(["extract", input.path, "-o", out.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    private func build(_ input: URL, _ extra: [String] = []) throws -> URL {
        let out = try Fixtures.temporaryFolder()
        let result = try CLI.run(["build", input.path, "--out-dir", out.path, "--quiet"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    private func sameGraphs(_ a: URL, _ b: URL, formats: [String] = ["dot", "graphml", "svg"]) throws -> Bool {
        try formats.allSatisfy { try CLI.bytes(a.appendingPathComponent("actors.\($0)")) == CLI.bytes(b.appendingPathComponent("actors.\($0)")) }
    }

    @Test("extract writes the same bytes on every run, JSON Lines and CSV alike")
    func deterministic() throws {
        for name in ["e.jsonl", "e.csv"] {
            #expect(try CLI.bytes(extract(CLI.examples, to: name)) == CLI.bytes(extract(CLI.examples, to: name)))
        }
        let piped = try CLI.run(["extract", CLI.examples.path, "-o", "-"])
        #expect(piped.stdout == (try CLI.bytes(extract(CLI.examples, to: "e.jsonl"))))
    }

    @Test("Python's csv and json modules read the records back: same rows, same fields, same values")
    func readableByPython() throws {
        let csv = try extract(CLI.examples, to: "e.csv"), jsonl = try extract(CLI.examples, to: "e.jsonl")
        let script = """
            import csv, json, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            objs = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
            assert len(rows) == len(objs) > 0, (len(rows), len(objs))
            for r, o in zip(rows, objs):
                assert list(r) == list(o), (list(r), list(o))
                for k, v in o.items():
                    w = '|'.join(x.replace('\\\\', '\\\\\\\\').replace('|', '\\\\|') for x in v) if isinstance(v, list) else ('' if v is None else str(v))
                    assert r[k] == w, (k, r[k], w)
                text = open(sys.argv[3] + '/' + o['document_id'] + '.txt', 'rb').read()
                assert text[o['trigger_start']:o['trigger_end']].decode() == o['trigger'], o['trigger']
            print(len(rows), 'rows')
            """
        let result = try ProcessRunner.run(HelperProgram.python(), ["-c", script, csv.path, jsonl.path, CLI.examples.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasSuffix(" rows\n"))
    }

    @Test("merge gives build's DOT, SVG and GraphML byte for byte, from JSON Lines and from CSV", arguments: corpora)
    func mergeEqualsBuild(_ corpus: URL) throws {
        let built = try build(corpus)
        for name in ["e.jsonl", "e.csv"] {
            let events = try extract(corpus, to: name)
            let merged = try Fixtures.temporaryFolder()
            let result = try CLI.run(["merge", events.path, "--out-dir", merged.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try sameGraphs(built, merged), "merge of \(name) differs from build of \(corpus.lastPathComponent)")
        }
    }

    @Test("merge with a window and filters gives what build gives with them")
    func mergeWithOptions() throws {
        let options = ["--from", "2019-01-01", "--to", "2022-03-31", "--top", "8", "--relations", "met,supported"]
        let built = try build(CLI.examples, options)
        let merged = try Fixtures.temporaryFolder()
        let events = try extract(CLI.examples, to: "e.jsonl")
        #expect(try CLI.run(["merge", events.path, "--out-dir", merged.path] + options).status == 0)
        #expect(try sameGraphs(built, merged))
    }

    @Test("records split into shards of JSON Lines and CSV and merged in shuffled orders give build's graph", arguments: [1, 2, 3])
    func shuffledShards(_ seed: UInt64) throws {
        // Each record as a JSON line and as a CSV row: extract writes both in the same order.
        var pairs: [(json: String, csv: String)] = []
        for corpus in Self.corpora {
            let json = String(decoding: try CLI.bytes(extract(corpus, to: "e.jsonl")), as: UTF8.self).split(separator: "\n")
            let csv = String(decoding: try CLI.bytes(extract(corpus, to: "e.csv")), as: UTF8.self)
                .components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            #expect(json.count == csv.count)
            pairs += zip(json, csv).map { (String($0), $1 + "\r\n") }
        }
        // The corpora together, built in one run, are what the shards must give.
        let both = try Fixtures.temporaryFolder()
        for corpus in Self.corpora {
            try FileManager.default.copyItem(at: corpus, to: both.appendingPathComponent(corpus.lastPathComponent))
        }
        let built = try build(both, ["--format", "graphml"])
        var random = SeededGenerator(seed: seed)
        let shuffled = pairs.shuffled(using: &random)
        let folder = try Fixtures.temporaryFolder()
        let count = 2 + Int(seed)
        let header = String(decoding: try CLI.bytes(extract(CLI.examples, to: "e.csv")), as: UTF8.self)
            .components(separatedBy: "\r\n")[0] + "\r\n"
        var shards: [String] = []
        for k in 0..<count {
            let part = stride(from: k, to: shuffled.count, by: count).map { shuffled[$0] }
            let asCSV = k % 2 == 1
            let file = folder.appendingPathComponent("part-\(k).\(asCSV ? "csv" : "jsonl")")
            let text = asCSV ? header + part.map(\.csv).joined() : part.map { $0.json + "\n" }.joined()
            try text.write(to: file, atomically: true, encoding: .utf8)
            shards.append(file.path)
        }
        let merged = try Fixtures.temporaryFolder()
        let result = try CLI.run(["merge"] + shards.shuffled(using: &random) + ["--out-dir", merged.path, "--format", "graphml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try sameGraphs(built, merged, formats: ["graphml"]))
    }

    @Test("a malformed record is named as FILE:LINE: reason, the others are merged, and the status is 1")
    func badRecords() throws {
        let events = try extract(CLI.examples, to: "e.jsonl")
        let lines = String(decoding: try CLI.bytes(events), as: UTF8.self).split(separator: "\n").map(String.init)
        let broken = lines[1].replacingOccurrences(of: "\"relation\":\"", with: "\"relation\":\"x")
        let folder = events.deletingLastPathComponent()
        let bad = folder.appendingPathComponent("bad.jsonl"), good = folder.appendingPathComponent("good.jsonl")
        try ([lines[0], "{\"schema_version\": 1, \"document_id\"", broken, ""] + lines[2...]).map { $0 + "\n" }.joined()
            .write(to: bad, atomically: true, encoding: .utf8)
        try ([lines[0]] + lines[2...]).map { $0 + "\n" }.joined().write(to: good, atomically: true, encoding: .utf8)
        let result = try CLI.run(["merge", bad.path, "-o", "-", "--format", "graphml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("actorgraph: warning: \(bad.path):2: not valid JSON"), "\(result.stderr)")
        #expect(result.stderr.contains("actorgraph: warning: \(bad.path):3: unknown relation 'x"), "\(result.stderr)")
        #expect(result.stderr.contains(", 2 skipped"))
        let expected = try CLI.run(["merge", good.path, "-o", "-", "--format", "graphml"])
        #expect(expected.status == 0)
        #expect(result.stdout == expected.stdout, "the good records make the graph")
    }

    @Test("CSV problems name the row's first line; a file without a header is skipped whole")
    func badCSV() throws {
        let events = try extract(CLI.examples, to: "e.csv")
        var text = String(decoding: try CLI.bytes(events), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n")
        text = ([rows[0], rows[1], "1,\"two\nlines\",x"] + rows[2...]).joined(separator: "\r\n")
        let bad = events.deletingLastPathComponent().appendingPathComponent("bad.csv")
        try text.write(to: bad, atomically: true, encoding: .utf8)
        let headless = events.deletingLastPathComponent().appendingPathComponent("headless.csv")
        try rows[1...].joined(separator: "\r\n").write(to: headless, atomically: true, encoding: .utf8)
        let result = try CLI.run(["merge", bad.path, headless.path, "-o", "-", "--format", "graphml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(bad.path):3: 3 fields where the header has 30"), "\(result.stderr)")
        #expect(result.stderr.contains("\(headless.path):1: not an event CSV header: no \"schema_version\" column"), "\(result.stderr)")
        #expect(result.stdoutText.contains("<graphml"))
    }

    @Test("a stray quote loses its own row only: FILE:LINE: unclosed quote, the rows after it are merged, status 1")
    func strayQuote() throws {
        let events = try extract(CLI.examples, to: "e.csv")
        let rows = String(decoding: try CLI.bytes(events), as: UTF8.self).components(separatedBy: "\r\n")
        let folder = events.deletingLastPathComponent()
        let bad = folder.appendingPathComponent("bad.csv"), good = folder.appendingPathComponent("good.csv")
        // A row whose second field opens a quote that nothing closes; rows after it hold quoted fields.
        let k = try #require(rows.indices.dropFirst(2).first { !rows[$0].contains("\"") && !rows[$0].isEmpty })
        #expect(rows[(k + 1)...].contains { $0.contains("\"") })
        let stray = rows[k].replacingOccurrences(of: ",", with: ",\"", range: rows[k].range(of: ","))
        try (rows[..<k] + [stray] + rows[(k + 1)...]).joined(separator: "\r\n").write(to: bad, atomically: true, encoding: .utf8)
        try (rows[..<k] + rows[(k + 1)...]).joined(separator: "\r\n").write(to: good, atomically: true, encoding: .utf8)
        let result = try CLI.run(["merge", bad.path, "-o", "-", "--format", "graphml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("actorgraph: warning: \(bad.path):\(k + 1): unclosed quote\n"), "\(result.stderr)")
        #expect(result.stderr.contains(", 1 skipped"), "\(result.stderr)")
        let expected = try CLI.run(["merge", good.path, "-o", "-", "--format", "graphml"])
        #expect(expected.status == 0)
        #expect(result.stdout == expected.stdout, "the other records make the graph")

        // Many rows without quotes after the stray one: each line is read a bounded number of times.
        let plain = rows[k]
        let big = folder.appendingPathComponent("big.csv")
        try ([rows[0], stray] + Array(repeating: plain, count: 20_000) + [""]).joined(separator: "\r\n")
            .write(to: big, atomically: true, encoding: .utf8)
        let many = try CLI.run(["merge", big.path, "-o", "-", "--format", "dot"])
        #expect(many.status == 1)
        #expect(many.stderr.contains("\(big.path):2: unclosed quote\n"), "\(many.stderr)")
        #expect(many.stderr.contains("20000 records,"), "\(many.stderr)")
    }

    @Test("a line of many megabytes is read whole, once, and the lines after it too")
    func longLine() throws {
        let events = try extract(CLI.examples, to: "e.jsonl")
        let lines = String(decoding: try CLI.bytes(events), as: UTF8.self).split(separator: "\n")
        let long = events.deletingLastPathComponent().appendingPathComponent("long.jsonl")
        try ("{\"note\":\"" + String(repeating: "a", count: 6 << 20) + "\"}\n" + lines.joined(separator: "\n"))
            .write(to: long, atomically: true, encoding: .utf8)
        let result = try CLI.run(["merge", long.path, "-o", "-", "--format", "dot"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(long.path):1: no \"schema_version\" field"), "\(result.stderr)")
        #expect(result.stderr.contains("\(lines.count) records,"), "\(result.stderr)")
    }

    @Test("bad arguments: a missing input, an unknown format, an unknown relation", arguments: [
        (["merge", "nosuch.jsonl", "-o", "g.dot"], "actorgraph: error: nosuch.jsonl: no such file or folder"),
        (["extract", "examples", "-o", "events.txt"], "events.txt: cannot tell the format from the extension; use .jsonl or .csv, or --format"),
        (["extract", "examples", "-o", "-", "--relations", "hugged"], "--relations: unknown relation 'hugged'"),
    ])
    func badArguments(_ arguments: [String], _ message: String) throws {
        let result = try CLI.run(arguments, in: Fixtures.packageRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
