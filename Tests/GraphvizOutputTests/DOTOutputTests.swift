import ActorGraph
import Foundation
@testable import GraphvizOutput
import TestSupport
import Testing

@Suite("DOT output")
struct DOTOutputTests {
    let renderer = GraphvizRenderer()
    let reader = GraphReader()

    @Test("reads back through GraphReader as the same graph", arguments: [TestGraphs.sample, TestGraphs.hostile])
    func roundTrip(graph: RelationGraph) throws {
        let dot = try renderer.render(graph, as: .dot)
        #expect(try reader.read(dot, format: .dot, name: "out.dot") == graph)
    }

    @Test("dot -Tcanon accepts it, and its canonical form reads back the same",
          arguments: [TestGraphs.sample, TestGraphs.hostile])
    func canonical(graph: RelationGraph) throws {
        let dot = try renderer.render(graph, as: .dot)
        let canon = try ProcessRunner.run(HelperProgram.dot(), ["-Tcanon"], input: dot)
        #expect(canon.status == 0, "\(canon.stderr)")
        #expect(canon.stderr.isEmpty)
        #expect(try reader.read(canon.stdout, format: .dot, name: "canon.dot") == graph)
    }

    @Test("parallel edges between one pair both survive, keyed by relation; met has dir=none")
    func parallelEdges() throws {
        let text = String(decoding: try renderer.render(TestGraphs.sample, as: .dot), as: UTF8.self)
        let pairStatements = text.components(separatedBy: "\"sergei-lavrov\" -> \"wang-yi\"").dropFirst()
        #expect(pairStatements.count == 2)
        let met = try #require(pairStatements.first { $0.contains("key=met") })
        let warned = try #require(pairStatements.first { $0.contains("key=warned") })
        #expect(met.prefix { $0 != ";" }.contains("dir=none"))
        #expect(!warned.prefix { $0 != ";" }.contains("dir="))
    }

    @Test("carries data and styling but no legend")
    func noLegend() throws {
        let text = String(decoding: try renderer.render(TestGraphs.sample, as: .dot), as: UTF8.self)
        #expect(text.hasPrefix("digraph actorgraph {"))
        #expect(!text.contains("Legend"))
        #expect(!text.contains("TABLE"))
        #expect(text.contains("penwidth"))
        #expect(text.contains("actor=\"wang-yi\""))
    }

    @Test("pen widths are penWidth written as %.2f, for any weight", arguments: [
        0, 0.5, 1, 2, 2.5, 3, 25, 25.5, 26, 31, 32, 100, 1e6, -1, .nan, .infinity,
    ])
    func penWidthText(weight: Double) {
        #expect(RelationStyle.penWidthText(weight) == String(format: "%.2f", RelationStyle.penWidth(weight)))
    }

    @Test("an edge end with no actor becomes a bare actor of kind other, labelled by its key",
          arguments: [OutputFormat.dot, .graphml])
    func missingActor(format: OutputFormat) throws {
        let graph = RelationGraph(
            nodes: [ActorNode(key: "b", label: "Bee", kind: "person")],
            edges: [RelationEdge(source: "zed", target: "b", relation: "met", weight: 2, documents: 1),
                    RelationEdge(source: "b", target: "ghost", relation: "urged", weight: 1, documents: 1)])
        let read = try reader.read(try renderer.render(graph, as: format), format: format, name: "out")
        #expect(read.nodes == [ActorNode(key: "b", label: "Bee", kind: "person"),
                               ActorNode(key: "ghost", label: "ghost", kind: "other"),
                               ActorNode(key: "zed", label: "zed", kind: "other")])
        #expect(read.edges == graph.edges)
    }

    @Test("the same graph gives the same bytes, alone or with other formats")
    func deterministic() throws {
        let first = try renderer.render(TestGraphs.hostile, as: .dot)
        let second = try renderer.render(TestGraphs.hostile, as: .dot)
        let together = try renderer.render(TestGraphs.hostile, as: Set(OutputFormat.allCases))
        #expect(first == second)
        #expect(together[.dot] == first)
    }
}
