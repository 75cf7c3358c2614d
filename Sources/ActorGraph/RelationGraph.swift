/// A weighted, directed multigraph of actors and their relations; nodes and edges kept sorted.
public struct RelationGraph: Hashable, Sendable {
    /// Sorted by key.
    public private(set) var nodes: [ActorNode]
    /// Sorted by (source, relation, target).
    public private(set) var edges: [RelationEdge]

    /// Builds a graph; nodes and edges are sorted so that the same content always writes the same bytes.
    public init(nodes: [ActorNode], edges: [RelationEdge]) {
        self.nodes = nodes.sorted { $0.key < $1.key }
        self.edges = edges.sorted { $0.identity < $1.identity }
    }

    public static let empty = RelationGraph(nodes: [], edges: [])

    /// The node with this key.
    public func node(_ key: String) -> ActorNode? {
        nodes.first { $0.key == key }
    }
}
