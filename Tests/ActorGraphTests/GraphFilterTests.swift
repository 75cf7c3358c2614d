import ActorGraph
import Testing

@Suite("filtering big graphs")
struct GraphFilterTests {
    static let graph = RelationGraph(
        nodes: ["a", "b", "c", "d"].map { ActorNode(key: $0, label: $0.uppercased(), kind: "person") },
        edges: [
            RelationEdge(source: "a", target: "b", relation: "met", weight: 5, documents: 2),
            RelationEdge(source: "a", target: "c", relation: "warned", weight: 1, documents: 1),
            RelationEdge(source: "b", target: "c", relation: "supported", weight: 2, documents: 1),
            RelationEdge(source: "c", target: "d", relation: "met", weight: 1, documents: 1),
        ])

    private func edges(_ filter: GraphFilter) -> [String] {
        filter.apply(to: Self.graph).edges.map { "\($0.source)-\($0.relation)-\($0.target)" }
    }

    @Test("an empty filter keeps everything")
    func empty() {
        #expect(GraphFilter().apply(to: Self.graph) == Self.graph)
    }

    @Test("minimum weight drops weak edges and the actors they alone held")
    func minimumWeight() {
        let filtered = GraphFilter(minimumWeight: 2).apply(to: Self.graph)
        #expect(edges(GraphFilter(minimumWeight: 2)) == ["a-met-b", "b-supported-c"])
        #expect(filtered.nodes.map(\.key) == ["a", "b", "c"])
    }

    @Test("chosen relations only")
    func relations() {
        #expect(edges(GraphFilter(relations: ["met"])) == ["a-met-b", "c-met-d"])
    }

    @Test("the top actors by weighted degree, and the edges among them")
    func top() {
        // degrees: a 6, b 7, c 4, d 1
        #expect(edges(GraphFilter(topActors: 2)) == ["a-met-b"])
        #expect(edges(GraphFilter(topActors: 3)) == ["a-met-b", "a-warned-c", "b-supported-c"])
    }
}
