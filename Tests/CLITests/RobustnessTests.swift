import Foundation
import TestSupport
import Testing

@Suite("actorgraph: odd inputs and hostile text")
struct RobustnessTests {
    @Test("an empty file gives an empty graph, not an error")
    func emptyFile() throws {
        let folder = try CLI.folder(["empty.txt": ""])
        let out = folder.appendingPathComponent("g.graphml")
        let result = try CLI.run(["build", folder.path, "-o", out.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 document, 0 relations, 0 actors"))
        #expect(String(decoding: try CLI.bytes(out), as: UTF8.self).contains("<graph id=\"G\" edgedefault=\"directed\">"))
    }

    @Test("a folder with a symlink loop and thousands of files finishes")
    func bigFolderWithLoop() throws {
        var files: [String: String] = [:]
        for i in 0..<2000 { files["many/\(i).txt"] = "Japan backed Ukraine on day \(i)." }
        let folder = try CLI.folder(files)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("many/loop").path,
                                                   withDestinationPath: folder.path)
        let result = try CLI.run(["build", folder.path, "-o", folder.appendingPathComponent("g.dot").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("2000 documents, 1 relation, 2 actors"))
    }

    @Test("hostile characters in evidence survive DOT (dot -Tcanon, our reader) and GraphML (networkx)")
    func hostileEvidence() throws {
        let sentence = #"Japan backed Ukraine "firmly" <b>&amp;</b> a\b \N {x} [y] -> z 'q' 王毅 محمد."#
        let folder = try CLI.folder(["a.txt": sentence])
        let dot = folder.appendingPathComponent("g.dot"), graphml = folder.appendingPathComponent("g.graphml")
        #expect(try CLI.run(["build", folder.appendingPathComponent("a.txt").path, "-o", dot.path]).status == 0)
        #expect(try CLI.run(["build", folder.appendingPathComponent("a.txt").path, "-o", graphml.path]).status == 0)
        #expect(try ProcessRunner.run(HelperProgram.dot(), ["-Tcanon", dot.path]).status == 0)
        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print([d["evidence"] for _, _, d in g.edges(data=True)][0], end="")
            """
        let read = try ProcessRunner.run(HelperProgram.python(), ["-c", script, graphml.path])
        #expect(read.stdoutText == sentence, "\(read.stderr)")
        // Our own reader: the DOT and the GraphML are the same graph, so they do not differ.
        let diff = try CLI.run(["diff", dot.path, graphml.path])
        #expect(diff.status == 0, "\(diff.stdoutText)\(diff.stderr)")
    }

    @Test("graphs from other tools can be diffed")
    func foreignGraphs() throws {
        let folder = try CLI.folder([
            "undirected.graphml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="k0" for="all" attr.name="label" attr.type="string"/>
                  <key id="k1" for="node" attr.name="colour" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="k0">Japan</data><data key="k1">red</data></node>
                    <node id="b"><data key="k0">Ukraine</data></node>
                    <edge source="a" target="b"/>
                  </graph>
                </graphml>
                """,
            "plain.dot": "graph { Japan -- Ukraine; Japan -- Chile }",
        ])
        let result = try CLI.run(["diff", folder.appendingPathComponent("undirected.graphml").path,
                                  folder.appendingPathComponent("plain.dot").path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test("no temporary files are left behind, after success or failure")
    func noStrayFiles() throws {
        let folder = try CLI.folder(["a.txt": CLI.article])
        let out = folder.appendingPathComponent("out")
        #expect(try CLI.run(["build", folder.path, "--out-dir", out.path]).status == 0)
        #expect(try CLI.run(["build", folder.path, "--out-dir", out.path, "--layout", "spring"]).status == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(left == ["actors.dot", "actors.graphml", "actors.svg"])
    }
}

@Suite("actorgraph: limits")
struct LimitTests {
    @Test("an article over 1 MB is read in pieces, with a warning")
    func hugeArticle() throws {
        let text = String(repeating: "Japan backed Ukraine on Monday. Chile met Peru. ", count: 27_000)
        let folder = try CLI.folder(["huge.txt": text])
        let out = folder.appendingPathComponent("g.graphml")
        let result = try CLI.run(["build", folder.path, "-o", out.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("huge.txt: a 1.3 MB article, read as 2 pieces of at most 1 MB"))
        #expect(result.stderr.contains("1 document, 2 relations, 4 actors"))
        let graphml = String(decoding: try CLI.bytes(out), as: UTF8.self)
        #expect(graphml.contains(">huge|huge#2<"))
    }
}

@Suite("actorgraph: special files")
struct SpecialFileTests {
    @Test("a named pipe is refused instead of read forever")
    func fifo() throws {
        let folder = try Fixtures.temporaryFolder()
        let pipe = folder.appendingPathComponent("pipe.txt")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let result = try CLI.run(["build", pipe.path, "-o", folder.appendingPathComponent("g.dot").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipe.txt: not a regular file"))
    }
}
