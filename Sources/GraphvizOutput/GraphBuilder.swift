import ActorGraph

/// Turns a `RelationGraph` into one cgraph graph: every attribute declared first, then the
/// actors (named by key) and relations (keyed by relation, so parallel edges survive), carrying
/// the `DataSchema` values plus whatever the style adds.
///
/// Use only inside `Graphviz.locked`.
struct GraphBuilder {
    let style: any GraphStyle

    func build(_ graph: RelationGraph, title: String?, styled: Bool = true) throws -> CGraph {
        let nodes = graph.nodes + Self.missingEndpoints(of: graph)
        let labels = Dictionary(nodes.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first })
        // GraphML carries data only: without DOT or SVG to draw, only the style's data fields
        // (a diff's `change`, say) are set, not colours, widths and tooltips.
        let nodeData = Set(style.allDataFields(for: .node).map(\.name))
        let edgeData = Set(style.allDataFields(for: .edge).map(\.name))
        let nodeStyles = nodes.map { node in
            let attributes = style.nodeAttributes(for: node)
            return styled ? attributes : attributes.filter { nodeData.contains($0.0) }
        }
        let edgeStyles = graph.edges.map { edge in
            let attributes = style.edgeAttributes(for: edge, sourceLabel: labels[edge.source] ?? edge.source,
                                                  targetLabel: labels[edge.target] ?? edge.target)
            return styled ? attributes : attributes.filter { edgeData.contains($0.0) }
        }
        let graphStyle = styled ? style.graphAttributes(
            nodeCount: nodes.count, edgeCount: graph.edges.count, title: title) : []

        let cgraph = try CGraph(directedNamed: "actorgraph")
        declare(.graph, on: cgraph, data: [], styles: [graphStyle])
        declare(.node, on: cgraph, data: style.allDataFields(for: .node), styles: nodeStyles)
        declare(.edge, on: cgraph, data: style.allDataFields(for: .edge), styles: edgeStyles)

        for (name, value) in graphStyle { cgraph.setGraph(name, value) }
        var created: [String: CNode] = [:]
        for (node, nodeStyle) in zip(nodes, nodeStyles) {
            let cnode = cgraph.addNode(named: node.key)
            created[node.key] = cnode
            for (field, value) in zip(DataSchema.nodeFields, DataSchema.values(of: node)) {
                cgraph.set(field.name, value, on: cnode)
            }
            for (name, value) in nodeStyle { cgraph.set(name, value, on: cnode) }
        }
        for (edge, edgeStyle) in zip(graph.edges, edgeStyles) {
            guard let tail = created[edge.source], let head = created[edge.target] else { continue }
            let cedge = cgraph.addEdge(from: tail, to: head, key: edge.relation)
            for (field, value) in zip(DataSchema.edgeFields, DataSchema.values(of: edge)) {
                cgraph.set(field.name, value, on: cedge)
            }
            for (name, value) in edgeStyle { cgraph.set(name, value, on: cedge) }
        }
        return cgraph
    }

    /// Adds the style's legend as one node whose name no actor uses; for diagrams only.
    func addLegend(to cgraph: CGraph) {
        guard let legend = style.legend else { return }
        let taken = Set(cgraph.nodes.map(cgraph.name(of:)))
        var name = "legend"
        while taken.contains(name) { name += "_" }
        let node = cgraph.addNode(named: name)
        cgraph.set("shape", "plaintext", on: node)
        cgraph.set("style", "", on: node)  // not the style's default fill
        cgraph.set("tooltip", "Legend", on: node)
        cgraph.setHTMLLabel(legend, on: node)
    }

    /// Declares data fields, the style's defaults and every other name the style uses, in a fixed order.
    private func declare(_ kind: GraphObjectKind, on cgraph: CGraph, data: [DataField],
                         styles: [[StyleAttribute]]) {
        var declared = Set<String>()
        for field in data where declared.insert(field.name).inserted {
            cgraph.declare(field.name, for: kind)
        }
        for (name, value) in style.defaults(for: kind) where declared.insert(name).inserted {
            cgraph.declare(name, for: kind, default: value)
        }
        for attributes in styles {
            for (name, _) in attributes where declared.insert(name).inserted {
                cgraph.declare(name, for: kind)
            }
        }
    }

    /// Edge ends that the graph lists no actor for, as bare `other` actors labelled by key.
    private static func missingEndpoints(of graph: RelationGraph) -> [ActorNode] {
        let known = Set(graph.nodes.map(\.key))
        let missing = Set(graph.edges.flatMap { [$0.source, $0.target] }).subtracting(known)
        return missing.sorted().map { ActorNode(key: $0, label: $0, kind: "other") }
    }
}
