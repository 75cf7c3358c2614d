import ActorGraph
import Foundation
@testable import GraphvizOutput
import TestSupport
import Testing

@Suite("diff output")
struct DiffOutputTests {
    let renderer = GraphvizRenderer()
    let reader = GraphReader()

    /// `TestGraphs.sample` a little later: met grew, one warning gone, one support new.
    static let later: RelationGraph = {
        var edges = TestGraphs.sample.edges.filter { $0.target != "nato" }
        edges[edges.firstIndex { $0.relation == "met" } ?? 0].weight = 5
        edges.append(RelationEdge(source: "ukraine", target: "nato", relation: "urged", weight: 2, documents: 1,
                                  firstDate: "2022-06-01", lastDate: "2022-06-01"))
        return RelationGraph(nodes: TestGraphs.sample.nodes, edges: edges)
    }()

    static let diff = GraphDiffer().diff(from: TestGraphs.sample, to: later)

    private func text(_ format: OutputFormat) throws -> String {
        String(decoding: try renderer.render(Self.diff, as: [format])[format] ?? [], as: UTF8.self)
    }

    @Test("GraphML declares change for nodes and edges and old_weight for edges, and every element carries change")
    func graphml() throws {
        let graphml = try text(.graphml)
        #expect(graphml.contains(#"<key id="d7" for="node" attr.name="change" attr.type="string"/>"#))
        #expect(graphml.contains(#"for="edge" attr.name="change" attr.type="string"/>"#))
        #expect(graphml.contains(#"for="edge" attr.name="old_weight" attr.type="double"/>"#))
        #expect(graphml.components(separatedBy: "<node ").count - 1 == 4)
        #expect(graphml.components(separatedBy: ">kept</data>").count - 1 == 4)
        for change in ["added", "removed", "changed", "unchanged"] {
            #expect(graphml.contains(">\(change)</data>"), "no \(change) edge")
        }
        // The union reads back: the data a diff adds is ignored by the reader.
        #expect(try reader.read(Array(graphml.utf8), name: "diff.graphml") == Self.diff.union)
    }

    @Test("DOT carries change and old_weight and reads back as the union of both graphs")
    func dot() throws {
        let dot = try text(.dot)
        #expect(dot.contains("change=changed"))
        #expect(dot.contains("old_weight=3"))
        #expect(dot.contains("change=added"))
        #expect(try reader.read(Array(dot.utf8), name: "diff.dot") == Self.diff.union)
    }

    @Test("SVG: one class per change, old→new weights in labels, a legend of the changes")
    func svg() throws {
        let document = try #require(SVGDocument.parse(try renderer.render(Self.diff, as: [.svg])[.svg] ?? []))
        #expect(document.edges.map(\.classes).sorted { $0.joined() < $1.joined() }
                == [["added"], ["changed"], ["removed"], ["unchanged"], ["unchanged"], ["unchanged"]])
        #expect(document.texts.contains("met 3→5"))
        #expect(document.texts.contains("urged 2"))
        for entry in ["Legend", "added", "removed", "changed (old→new weight)", "unchanged", "actor added", "actor kept"] {
            #expect(document.texts.contains(entry), "legend lacks \(entry)")
        }
        let changed = try #require(document.edges.first { $0.classes == ["changed"] })
        #expect(changed.tooltip.hasPrefix("changed: Sergei Lavrov met Wang Yi\nweight 5"))
        #expect(changed.tooltip.hasSuffix("\nbefore: weight 3 · 2022-03-30 – 2022-04-02"))
        #expect(document.texts.contains("relations: 1 added · 1 removed · 1 changed · 3 unchanged"))
    }

    @Test("graphs read back from DOT and from GraphML give the same diff")
    func formatsAgree() throws {
        func diff(_ format: OutputFormat) throws -> GraphDiff {
            let old = try reader.read(try renderer.render(TestGraphs.sample, as: format), name: "old.\(format)")
            let new = try reader.read(try renderer.render(Self.later, as: format), name: "new.\(format)")
            return GraphDiffer().diff(from: old, to: new)
        }
        #expect(try diff(.dot) == diff(.graphml))
        #expect(try diff(.dot) == Self.diff)
    }

    @Test("the format comes from the extension, else from the content", arguments: [
        ("g.graphml", "digraph {}", OutputFormat.graphml), ("g.gv", "<x/>", .dot), ("dir.v2/g", "\n <?xml?>", .graphml),
        ("-", "\u{FEFF}<graphml>", .graphml), ("g.txt", "digraph {}", .dot), ("g.svg", "<svg/>", .svg),
    ])
    func detection(_ name: String, _ content: String, _ format: OutputFormat) {
        #expect(GraphReader.format(of: Array(content.utf8), name: name) == format)
    }
}
