import Foundation
import TestSupport
import Testing

@Suite("actorgraph diff")
struct DiffCommandTests {
    static let seeds = Fixtures.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/seeds.jsonl")

    /// The lines of one section of the summary ("added:", "removed:", "changed:").
    static func section(_ name: String, of summary: String) -> [String] {
        let lines = summary.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "\(name):") else { return [] }
        return Array(lines[(start + 1)...].prefix { $0.hasPrefix("  ") })
    }

    /// Builds the examples up to 2019-12-31 and from 2019-01-01 as `old.EXT` and `new.EXT`.
    static func exampleGraphs(_ ext: String) throws -> (old: String, new: String) {
        let folder = try Fixtures.temporaryFolder()
        let old = folder.appendingPathComponent("old.\(ext)").path, new = folder.appendingPathComponent("new.\(ext)").path
        #expect(try CLI.run(["build", CLI.examples.path, "--to", "2019-12-31", "-o", old]).status == 0)
        #expect(try CLI.run(["build", CLI.examples.path, "--from", "2019-01-01", "-o", new]).status == 0)
        return (old, new)
    }

    @Test("seeds: up to 2020 against from 2021, Meng Jianzhu–Atmar met is removed and Xi–Ghani met added",
          .enabled(if: FileManager.default.fileExists(atPath: seeds.path),
                   "needs ../shared/corpus/seeds.jsonl next to the package"))
    func seedsBeforeAndAfter2021() throws {
        let folder = try Fixtures.temporaryFolder()
        let old = folder.appendingPathComponent("old.graphml").path, new = folder.appendingPathComponent("new.dot").path
        #expect(try CLI.run(["build", Self.seeds.path, "--to", "2020-12-31", "-o", old]).status == 0)
        #expect(try CLI.run(["build", Self.seeds.path, "--from", "2021-01-01", "-o", new]).status == 0)
        let result = try CLI.run(["diff", old, new])
        #expect(result.status == 1, "\(result.stderr)")
        func listed(_ a: String, _ b: String, in section: String) -> Bool {
            Self.section(section, of: result.stdoutText).contains { $0.contains("\(a) met \(b) (") || $0.contains("\(b) met \(a) (") }
        }
        #expect(listed("Meng Jianzhu", "Mohammad Haneef Atmar", in: "removed"), "\(result.stdoutText)")
        #expect(listed("Xi Jinping", "Ashraf Ghani", in: "added"), "\(result.stdoutText)")

        let oneStep = try CLI.run(["diff", Self.seeds.path, "--before", "..2020-12-31", "--after", "2021-01-01.."])
        #expect(oneStep.status == 1)
        #expect(oneStep.stdoutText == result.stdoutText, "the one-step form gives the same diff")
    }

    @Test("a graph diffed with itself has no differences and exits 0", arguments: ["actors.graphml", "actors.dot"])
    func itself(_ name: String) throws {
        let graph = CLI.graphs.appendingPathComponent(name).path
        let result = try CLI.run(["diff", graph, graph])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.hasPrefix("actors:    0 added, 0 removed, "))
        #expect(result.stdoutText.contains("relations: 0 added, 0 removed, 0 changed, "))
        #expect(Self.section("added", of: result.stdoutText).isEmpty && Self.section("removed", of: result.stdoutText).isEmpty)
    }

    @Test("DOT inputs give the same diff as GraphML inputs, and the same diff graph")
    func dotAndGraphML() throws {
        let (dotOld, dotNew) = try Self.exampleGraphs("dot")
        let (xmlOld, xmlNew) = try Self.exampleGraphs("graphml")
        let out = try Fixtures.temporaryFolder()
        let fromDOT = try CLI.run(["diff", dotOld, dotNew, "-o", out.appendingPathComponent("a.graphml").path])
        let fromXML = try CLI.run(["diff", xmlOld, xmlNew, "-o", out.appendingPathComponent("b.graphml").path])
        #expect(fromDOT.status == 1 && fromXML.status == 1, "\(fromDOT.stderr)\(fromXML.stderr)")
        #expect(fromDOT.stdoutText == fromXML.stdoutText)
        #expect(!Self.section("removed", of: fromDOT.stdoutText).isEmpty)
        #expect(try CLI.bytes(out.appendingPathComponent("a.graphml")) == CLI.bytes(out.appendingPathComponent("b.graphml")))
    }

    @Test("--out-dir writes diff.dot, diff.svg and diff.graphml; -o - puts the graph on stdout and the summary aside")
    func outputs() throws {
        let (old, new) = try Self.exampleGraphs("graphml")
        let out = try Fixtures.temporaryFolder()
        let result = try CLI.run(["diff", old, new, "--out-dir", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["diff.dot", "diff.graphml", "diff.svg"])
        let piped = try CLI.run(["diff", old, new, "-o", "-", "--format", "dot"])
        #expect(piped.status == 1)
        #expect(piped.stdoutText.hasPrefix("digraph"))
        #expect(piped.stdoutText.contains("change=removed"))
        #expect(piped.stderr.hasPrefix("actors: "))
    }

    @Test("unreadable or malformed inputs and bad arguments: one line naming the problem, exit 2", arguments: [
        (["diff", "nosuch.graphml", "good.graphml"], "nosuch.graphml: no such file"),
        (["diff", "bad.graphml", "good.graphml"], "bad.graphml:4: malformed XML"),
        (["diff", "good.graphml", "bad.dot"], "bad.dot: syntax error in line 1"),
        (["diff", "good.graphml", "picture.svg"], "picture.svg: SVG cannot be read back; use DOT or GraphML"),
        (["diff", "good.graphml", "."], ".: is a folder, not a graph file"),
        (["diff", "good.graphml"], "give two graphs, OLD and NEW"),
        (["diff", "a.txt", "--before", "..2020-12-31"], "give both --before and --after, or neither"),
        (["diff", "a.txt", "--before", "2021-01-01..2020-12-31", "--after", ".."],
         "--before '2021-01-01..2020-12-31': 2021-01-01 is after 2020-12-31"),
        (["diff", "a.txt", "--before", "2020", "--after", ".."], "--before '2020': '2020' is not a range like"),
        (["diff", "good.graphml", "good.graphml", "--date", "2020-01-01"], "--date, --jsonl and --lexicon need --before and --after"),
        (["diff", "good.graphml", "good.graphml", "-o", "good.graphml"], "refusing to overwrite an input"),
    ])
    func errors(_ arguments: [String], _ message: String) throws {
        let good = try CLI.bytes(CLI.graphs.appendingPathComponent("actors.graphml"))
        let folder = try CLI.folder([
            "bad.graphml": "<graphml>\n<graph>\n<node id='a'>\n</graph>",
            "bad.dot": "digraph { a -> }",
            "picture.svg": "<svg/>",
            "a.txt": CLI.article,
        ])
        try Data(good).write(to: folder.appendingPathComponent("good.graphml"))
        let result = try CLI.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("actorgraph: error: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try CLI.bytes(folder.appendingPathComponent("good.graphml")) == good)
    }

    @Test("graphs/diff.* is what the examples give today (run `make demo` to refresh it)")
    func committedDiffIsFresh() throws {
        let out = try Fixtures.temporaryFolder()
        let result = try CLI.run(["diff", "examples", "--before", "..2021-12-31", "--after", "2019-01-01..",
                                  "--out-dir", out.path, "--name", "diff", "--quiet"], in: Fixtures.packageRoot)
        #expect(result.status == 1, "\(result.stderr)")
        for ext in ["dot", "graphml"] {
            let same = try CLI.bytes(out.appendingPathComponent("diff.\(ext)")) == CLI.bytes(CLI.graphs.appendingPathComponent("diff.\(ext)"))
            #expect(same, "graphs/diff.\(ext) is stale: run `make demo`")
        }
        let sameDrawing = try CLI.svgTitles(out.appendingPathComponent("diff.svg"))
            == CLI.svgTitles(CLI.graphs.appendingPathComponent("diff.svg"))
        #expect(sameDrawing, "graphs/diff.svg is stale: run `make demo`")
    }
}
