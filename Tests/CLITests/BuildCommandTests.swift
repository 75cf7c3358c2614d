import Foundation
import TestSupport
import Testing

@Suite("actorgraph build: outputs")
struct BuildCommandTests {
    @Test("--out-dir writes DOT, SVG and GraphML and reports a summary")
    func outDir() throws {
        let input = try CLI.folder(["a.txt": CLI.article])
        let out = input.appendingPathComponent("out")
        let result = try CLI.run(["build", input.path, "--out-dir", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        for ext in ["dot", "svg", "graphml"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("actors.\(ext)").path))
        }
        #expect(result.stderr.contains("1 document, 2 relations, 3 actors"))
        let graphml = String(decoding: try CLI.bytes(out.appendingPathComponent("actors.graphml")), as: UTF8.self)
        #expect(graphml.contains(">Jonas Gahr Store<"))
        #expect(graphml.contains(">2022-03-01<"))
    }

    @Test("-o takes the format from the extension or --format; --name renames")
    func singleOutput() throws {
        let input = try CLI.folder(["a.txt": CLI.article])
        let dot = input.appendingPathComponent("g.gv")
        #expect(try CLI.run(["build", input.appendingPathComponent("a.txt").path, "-o", dot.path]).status == 0)
        #expect(String(decoding: try CLI.bytes(dot), as: UTF8.self).hasPrefix("digraph"))
        let renamed = input.appendingPathComponent("r")
        #expect(try CLI.run(["build", input.path, "--out-dir", renamed.path, "--name", "net", "--format", "graphml"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: renamed.path) == ["net.graphml"])
    }

    @Test("standard input in, DOT on standard output")
    func pipes() throws {
        let result = try CLI.run(["build", "-", "--date", "2022-03-03", "-o", "-", "--format", "dot"], input: CLI.article)
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("digraph"))
        #expect(result.stdoutText.contains("Sauli Niinisto"))
    }

    @Test("--per-document writes one graph per article, named after its file")
    func perDocument() throws {
        let input = try CLI.folder(["one.txt": CLI.article, "nested/two.md": "Japan backed Ukraine.", "skip.csv": "x"])
        let out = input.appendingPathComponent("out")
        let result = try CLI.run(["build", input.path, "--per-document", "--out-dir", out.path, "--format", "graphml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["one.graphml", "two.graphml"])
    }

    @Test("the same inputs give the same bytes, whatever order they are listed in")
    func deterministic() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.examples.path).sorted()
            .map { CLI.examples.appendingPathComponent($0).path }
        let folder = try Fixtures.temporaryFolder()
        let a = folder.appendingPathComponent("a.graphml"), b = folder.appendingPathComponent("b.graphml")
        #expect(try CLI.run(["build"] + files + ["-o", a.path]).status == 0)
        #expect(try CLI.run(["build"] + files.reversed() + ["-o", b.path]).status == 0)
        #expect(try CLI.bytes(a) == CLI.bytes(b))
    }

    @Test("graphs/ is what the examples give today (run `make demo` to refresh it)")
    func committedGraphsAreFresh() throws {
        let out = try Fixtures.temporaryFolder()
        let result = try CLI.run(["build", CLI.examples.path, "--out-dir", out.path, "--name", "actors"])
        #expect(result.status == 0, "\(result.stderr)")
        for ext in ["dot", "graphml"] {
            let fresh = try CLI.bytes(out.appendingPathComponent("actors.\(ext)"))
            let committed = try CLI.bytes(CLI.graphs.appendingPathComponent("actors.\(ext)"))
            let same = fresh == committed
            #expect(same, "graphs/actors.\(ext) is stale: run `make demo`")
        }
        let sameDrawing = try CLI.svgTitles(out.appendingPathComponent("actors.svg"))
            == CLI.svgTitles(CLI.graphs.appendingPathComponent("actors.svg"))
        #expect(sameDrawing, "graphs/actors.svg is stale: run `make demo`")
    }
}
