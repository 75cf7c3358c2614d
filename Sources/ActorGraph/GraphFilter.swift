/// Narrows a big graph to what a reader can take in: strong edges, chosen relations, the most
/// connected actors. An empty filter keeps everything.
public struct GraphFilter: Hashable, Sendable {
    /// Keep edges with at least this weight.
    public var minimumWeight: Double?
    /// Keep only these relations (by name).
    public var relations: Set<String>?
    /// Keep the N actors with the highest weighted degree (ties by key), and the edges among them.
    public var topActors: Int?

    public init(minimumWeight: Double? = nil, relations: Set<String>? = nil, topActors: Int? = nil) {
        self.minimumWeight = minimumWeight
        self.relations = relations
        self.topActors = topActors
    }

    /// Whether the filter keeps every graph whole.
    public var isEmpty: Bool { minimumWeight == nil && relations == nil && topActors == nil }

    /// The graph with the edges and actors the filter keeps; actors left without edges go too.
    public func apply(to graph: RelationGraph) -> RelationGraph {
        guard !isEmpty else { return graph }
        var edges = graph.edges.filter { edge in
            (minimumWeight.map { edge.weight >= $0 } ?? true) && (relations.map { $0.contains(edge.relation) } ?? true)
        }
        if let topActors {
            var degree: [String: Double] = [:]
            for edge in edges {
                degree[edge.source, default: 0] += edge.weight
                degree[edge.target, default: 0] += edge.weight
            }
            let kept = Set(degree.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(topActors).map(\.key))
            edges = edges.filter { kept.contains($0.source) && kept.contains($0.target) }
        }
        let linked = Set(edges.flatMap { [$0.source, $0.target] })
        return RelationGraph(nodes: graph.nodes.filter { linked.contains($0.key) }, edges: edges)
    }
}
