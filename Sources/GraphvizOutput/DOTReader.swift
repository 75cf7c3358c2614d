import ActorGraph

/// Reads DOT with `agmemread`: node names are actor keys; data attributes as in `DataSchema`,
/// with an edge's key standing in for a missing `relation` and the name for a missing label.
enum DOTReader {
    static func read(_ text: String) throws -> RelationGraph {
        try Graphviz.locked { _ in
            let cgraph = try CGraph(parsing: text)
            var nodes: [ActorNode] = []
            var edges: [RelationEdge] = []
            for node in cgraph.nodes {
                var values: [String: String] = [:]
                for field in DataSchema.nodeFields {
                    values[field.name] = cgraph.value(field.name, of: node)
                }
                values["label"] = cgraph.label(of: node)
                nodes.append(DataSchema.node(key: cgraph.name(of: node), values: values))
            }
            for node in cgraph.nodes {
                for edge in cgraph.outEdges(of: node) {
                    var values: [String: String] = [:]
                    for field in DataSchema.edgeFields {
                        values[field.name] = cgraph.value(field.name, of: edge)
                    }
                    edges.append(DataSchema.edge(
                        source: cgraph.name(of: cgraph.tail(of: edge)),
                        target: cgraph.name(of: cgraph.head(of: edge)),
                        values: values, fallbackRelation: cgraph.key(of: edge)))
                }
            }
            return RelationGraph(nodes: nodes, edges: edges)
        }
    }
}
