/// The differences between two relation graphs: every actor and relation of either, classified.
///
/// Made by `GraphDiffer`. Actors are matched by `ActorNode.key` and relations by source,
/// relation and target, so node ids and file order do not matter.
public struct GraphDiff: Hashable, Sendable {
    /// Every actor of either graph, sorted by key.
    public let nodes: [NodeDiff]
    /// Every relation of either graph, sorted by (source, relation, target).
    public let edges: [EdgeDiff]

    init(nodes: [NodeDiff], edges: [EdgeDiff]) {
        self.nodes = nodes.sorted { $0.node.key < $1.node.key }
        self.edges = edges.sorted { $0.edge.identity < $1.edge.identity }
    }

    /// Whether any actor was added or removed, or any relation is not unchanged.
    public var hasDifferences: Bool {
        nodes.contains { $0.change != .kept } || edges.contains { $0.change != .unchanged }
    }

    /// How many actors had this change.
    public func actorCount(_ change: NodeDiff.Change) -> Int {
        nodes.count { $0.change == change }
    }

    /// How many relations had this change.
    public func relationCount(_ change: EdgeDiff.Change) -> Int {
        edges.count { $0.change == change }
    }

    /// Both graphs in one: every actor and relation, new values where there are any.
    public var union: RelationGraph {
        RelationGraph(nodes: nodes.map(\.node), edges: edges.map(\.edge))
    }

    /// The display name of the actor with this key, or the key when the diff does not know it.
    public func label(of key: String) -> String {
        nodes.first { $0.node.key == key }?.node.label ?? key
    }
}
