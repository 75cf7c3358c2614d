import ActorGraph
@testable import GraphvizOutput
import Testing

@Suite("Errors and resources")
struct ErrorTests {
    let renderer = GraphvizRenderer()
    let reader = GraphReader()

    @Test("an unknown layout engine fails with Graphviz's message, and the next render works")
    func unknownEngine() throws {
        let error = try #require(throws: GraphvizError.self) {
            try renderer.render(TestGraphs.sample, as: [.svg], options: RenderOptions(), engine: "bogus")
        }
        #expect(error.message.hasPrefix("Layout type: \"bogus\" not recognized. Use one of: circo dot fdp neato"))
        let svg = try renderer.render(TestGraphs.sample, as: .svg)
        #expect(SVGDocument.parse(svg) != nil)
    }

    @Test("a layout list without plugins means the plugins are not configured")
    func missingPlugins() {
        #expect(GraphvizError.layoutFailure("Layout type: \"dot\" not recognized. Use one of: ")
                == .pluginsNotConfigured)
        #expect(GraphvizError.pluginsNotConfigured.description
                == "Graphviz plugins are not configured (run `dot -c` as root, or reinstall Graphviz)")
        #expect(GraphvizError.layoutFailure("Layout type: \"x\" not recognized. Use one of: dot").message
                == "Layout type: \"x\" not recognized. Use one of: dot")
    }

    @Test("malformed DOT is an error, not a crash, and the next read works",
          arguments: ["digraph {", "graph [", "digraph { a -> }", "digraph { a [label=\"x] }", "graph graph graph"])
    func malformedDOT(text: String) throws {
        #expect(throws: GraphReadError.self) {
            try reader.read(Array(text.utf8), format: .dot, name: "bad.dot")
        }
        let graph = try reader.read(Array("digraph { a -> b [key=met, weight=2] }".utf8), format: .dot, name: "ok.dot")
        #expect(graph.edges == [RelationEdge(source: "a", target: "b", relation: "met", weight: 2, documents: 0)])
        #expect(graph.nodes.map(\.label) == ["a", "b"])
    }

    @Test("a DOT syntax error carries Graphviz's message")
    func syntaxErrorMessage() {
        #expect(throws: GraphReadError(source: "bad.dot", message: "syntax error in line 1 near '}'")) {
            try reader.read(Array("digraph { a -> }".utf8), format: .dot, name: "bad.dot")
        }
    }

    @Test("text left after a graph does not leak into the next read")
    func leftoverInput() throws {
        _ = try reader.read(Array("digraph { a -> b } digraph { c }\n".utf8), format: .dot, name: "two.dot")
        let next = try reader.read(Array("digraph { x -> y }".utf8), format: .dot, name: "next.dot")
        #expect(next.nodes.map(\.key) == ["x", "y"])
        #expect(throws: GraphReadError(source: "bad.dot", message: "syntax error in line 1 near '}'")) {
            try reader.read(Array("digraph { a -> }".utf8), format: .dot, name: "bad.dot")
        }
    }

    @Test("cheap checks refuse input before Graphviz sees it")
    func cheapChecks() {
        #expect(throws: GraphReadError(source: "e.dot", message: "not a DOT graph (no 'graph' or 'digraph')")) {
            try reader.read([], format: .dot, name: "e.dot")
        }
        #expect(throws: GraphReadError(source: "j.dot", message: "not valid UTF-8")) {
            try reader.read([0x64, 0xFF, 0xFE, 0x00, 0x9C], format: .dot, name: "j.dot")
        }
        #expect(throws: GraphReadError(source: "n.dot", message: "contains NUL bytes; not a DOT graph")) {
            try reader.read(Array("digraph { a }\0".utf8), format: .dot, name: "n.dot")
        }
        #expect(throws: GraphReadError(source: "big.dot", message: "larger than the 8-byte limit")) {
            try GraphReader(maximumSize: 8).read(Array("digraph { a }".utf8), format: .dot, name: "big.dot")
        }
        #expect(throws: GraphReadError(source: "g.svg", message: "SVG cannot be read back; use DOT or GraphML")) {
            try reader.read(Array("<svg/>".utf8), format: .svg, name: "g.svg")
        }
    }

    @Test("renders from many tasks at once are serialised, not corrupted")
    func concurrentRenders() async throws {
        let expected = try renderer.render(TestGraphs.sample, as: .dot)
        try await withThrowingTaskGroup(of: [OutputFormat: [UInt8]].self) { group in
            for _ in 0..<8 {
                group.addTask { try GraphvizRenderer().render(TestGraphs.sample, as: [.dot, .svg]) }
            }
            for try await outputs in group {
                #expect(outputs[.dot] == expected)
            }
        }
    }

    @Test("an empty graph renders in every format and reads back empty")
    func emptyGraph() throws {
        let outputs = try renderer.render(.empty, as: Set(OutputFormat.allCases))
        #expect(try reader.read(outputs[.dot] ?? [], format: .dot, name: "e.dot") == .empty)
        #expect(try reader.read(outputs[.graphml] ?? [], format: .graphml, name: "e.graphml") == .empty)
        #expect(SVGDocument.parse(outputs[.svg] ?? [])?.texts.contains("0 actors · 0 relations") == true)
    }

    /// Run under `swift test --sanitize=address --filter GraphvizOutputTests` to check for leaks.
    /// LeakSanitizer then also reports leaks that are not ours; suppress them with
    /// `LSAN_OPTIONS=suppressions=FILE`, FILE listing `leak:XCTest`, `leak:readBytesFromFile`,
    /// `leak:_CFErrorCreateFromXMLInterface` (swift-corelibs), `leak:make_html_label` (Graphviz 2.42
    /// leaks each HTML-like label, i.e. the legend), `leak:gvplugin_list`, `leak:neato_layout`,
    /// `leak:libfontconfig.so` (Graphviz and font caches).
    @Test("rendering all formats 200 times frees what it allocates")
    func repeatedRendering() throws {
        for _ in 0..<200 {
            let outputs = try renderer.render(TestGraphs.hostile, as: Set(OutputFormat.allCases))
            #expect(outputs.count == 3)
        }
    }
}
