import ActorGraph
import Testing

@Suite("diffing two graphs")
struct GraphDifferTests {
    static let ana = ActorNode(key: "person:ana soto", label: "Ana Soto", kind: "person")
    static let raul = ActorNode(key: "person:raul vega", label: "Raul Vega", kind: "person")
    static let chile = ActorNode(key: "country:CHL", label: "Chile", kind: "country")
    static let peru = ActorNode(key: "country:PER", label: "Peru", kind: "country")

    static func edge(_ source: ActorNode, _ relation: String, _ target: ActorNode, weight: Double = 1,
                     dates: (String, String) = ("2021-01-05", "2021-01-05")) -> RelationEdge {
        RelationEdge(source: source.key, target: target.key, relation: relation, weight: weight, documents: 1,
                     firstDate: dates.0, lastDate: dates.1)
    }

    static let old = RelationGraph(nodes: [ana, raul, chile], edges: [
        edge(ana, "met", raul, weight: 2),                     // unchanged
        edge(ana, "supported", chile, weight: 1),              // changed: weight
        edge(raul, "warned", chile, weight: 3),                // removed
        edge(chile, "urged", raul, dates: ("2021-01-05", "2021-01-09")),  // changed: dates only
    ])
    static let new = RelationGraph(nodes: [chile, ana, raul, peru], edges: [
        edge(ana, "supported", chile, weight: 4),
        edge(ana, "met", raul, weight: 2),
        edge(peru, "warned", chile, weight: 1),
        edge(chile, "urged", raul, dates: ("2021-01-05", "2021-02-01")),
    ])

    @Test("every relation is added, removed, changed or unchanged; every actor added, removed or kept")
    func classifies() throws {
        let diff = GraphDiffer().diff(from: Self.old, to: Self.new)
        let changes = Dictionary(uniqueKeysWithValues: diff.edges.map { ("\($0.edge.source) \($0.edge.relation)", $0) })
        #expect(changes["person:ana soto met"]?.change == .unchanged)
        #expect(changes["person:ana soto supported"]?.change == .changed)
        #expect(changes["person:ana soto supported"]?.old?.weight == 1)
        #expect(changes["person:ana soto supported"]?.new?.weight == 4)
        #expect(changes["country:CHL urged"]?.change == .changed)
        #expect(changes["person:raul vega warned"]?.change == .removed)
        #expect(changes["person:raul vega warned"]?.edge.weight == 3)
        #expect(changes["country:PER warned"]?.change == .added)
        #expect(changes["country:PER warned"]?.old == nil)
        #expect(diff.nodes.map(\.change) == [.kept, .added, .kept, .kept])
        #expect(diff.nodes.map(\.node.key) == ["country:CHL", "country:PER", "person:ana soto", "person:raul vega"])
        #expect(diff.hasDifferences)
        #expect((diff.relationCount(.added), diff.relationCount(.removed), diff.relationCount(.changed), diff.relationCount(.unchanged)) == (1, 1, 2, 1))
        #expect(diff.union.edges.count == 5)
    }

    @Test("a graph diffed with itself has no differences")
    func identity() {
        let diff = GraphDiffer().diff(from: Self.new, to: Self.new)
        #expect(!diff.hasDifferences)
        #expect(diff.edges.allSatisfy { $0.change == .unchanged })
        #expect(diff.nodes.allSatisfy { $0.change == .kept })
    }

    @Test("actors match by key, not by label or order; the ends of met may come in either order")
    func matching() {
        var renamed = Self.raul
        renamed.label = "R. Vega"
        let old = RelationGraph(nodes: [Self.ana, Self.raul], edges: [Self.edge(Self.ana, "met", Self.raul)])
        let new = RelationGraph(nodes: [renamed, Self.ana], edges: [Self.edge(Self.raul, "met", Self.ana)])
        let diff = GraphDiffer().diff(from: old, to: new)
        #expect(!diff.hasDifferences)
        #expect(diff.label(of: Self.raul.key) == "R. Vega", "the new graph's name wins")
        let reversed = RelationGraph(nodes: old.nodes, edges: [Self.edge(Self.raul, "warned", Self.ana)])
        let directed = GraphDiffer().diff(from: reversed, to: RelationGraph(nodes: old.nodes, edges: [Self.edge(Self.ana, "warned", Self.raul)]))
        #expect(directed.relationCount(.added) == 1 && directed.relationCount(.removed) == 1, "warned has a direction")
    }

    @Test("edge ends a graph does not list still count as its actors")
    func unlistedEnds() {
        let new = RelationGraph(nodes: [], edges: [Self.edge(Self.ana, "met", Self.peru)])
        let diff = GraphDiffer().diff(from: .empty, to: new)
        #expect(diff.nodes.map(\.node.key) == [Self.peru.key, Self.ana.key])
        #expect(diff.nodes.allSatisfy { $0.change == .added })
    }

    @Test("the summary gives counts, then added, removed and changed relations, strongest first")
    func summary() {
        let diff = GraphDiffer().diff(from: Self.old, to: Self.new)
        #expect(diff.summary == """
            actors:    1 added, 0 removed, 3 kept
            relations: 1 added, 1 removed, 2 changed, 1 unchanged

            added:
              + Peru warned Chile (weight 1, 2021-01-05)
            removed:
              - Raul Vega warned Chile (weight 3, 2021-01-05)
            changed:
              ~ Ana Soto supported Chile (weight 1 → 4, 2021-01-05)
              ~ Chile urged Raul Vega (weight 1, 2021-01-05 – 2021-01-09 → 2021-01-05 – 2021-02-01)

            """)
        let same = GraphDiffer().diff(from: Self.old, to: Self.old)
        #expect(same.summary == "actors:    0 added, 0 removed, 3 kept\nrelations: 0 added, 0 removed, 0 changed, 4 unchanged\n")
    }
}
