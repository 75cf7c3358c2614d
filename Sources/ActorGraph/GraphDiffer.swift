/// Compares two relation graphs, usually an earlier and a later one.
///
/// Actors are the same actor when they have the same `ActorNode.key` (the canonical actor id that
/// every graph writes as `actor`). Relations are the same when source, relation and target are;
/// the two ends of a symmetric relation (`met`) may come in either order. An edge end that a graph
/// does not list as a node still counts as an actor of that graph.
public struct GraphDiffer: Sendable {
    public init() {}

    /// Classifies every actor and relation of `old` and `new`.
    public func diff(from old: RelationGraph, to new: RelationGraph) -> GraphDiff {
        let (oldNodes, newNodes) = (Self.actors(of: old), Self.actors(of: new))
        let nodes = Set(oldNodes.keys).union(newNodes.keys).compactMap { key in
            NodeDiff(old: oldNodes[key], new: newNodes[key])
        }
        let (oldEdges, newEdges) = (Self.relations(of: old), Self.relations(of: new))
        let edges = Set(oldEdges.keys).union(newEdges.keys).compactMap { identity in
            EdgeDiff(old: oldEdges[identity], new: newEdges[identity])
        }
        return GraphDiff(nodes: nodes, edges: edges)
    }

    /// The graph's actors by key, edge ends it does not list included as bare `other` actors.
    private static func actors(of graph: RelationGraph) -> [String: ActorNode] {
        var actors = Dictionary(graph.nodes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for key in graph.edges.flatMap({ [$0.source, $0.target] }) where actors[key] == nil {
            actors[key] = ActorNode(key: key, label: key, kind: "other")
        }
        return actors
    }

    /// The graph's relations by identity, symmetric ones with their ends in key order; the first of duplicates wins.
    private static func relations(of graph: RelationGraph) -> [EdgeIdentity: RelationEdge] {
        let normalized = graph.edges.map { edge in
            guard edge.isSymmetric, edge.target < edge.source else { return edge }
            var swapped = edge
            (swapped.source, swapped.target) = (edge.target, edge.source)
            return swapped
        }
        return Dictionary(normalized.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
