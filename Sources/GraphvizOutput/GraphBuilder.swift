import ActorGraph

/// Turns a `RelationGraph` into one cgraph graph: the data attributes and style defaults declared
/// first, then the actors (named by key) and relations (keyed by relation, so parallel edges
/// survive), carrying the `DataSchema` values plus whatever the style adds. (Other names the style
/// uses are declared on first use; DOT lists attributes by name, so the order does not show.)
///
/// Use only inside `Graphviz.locked`.
struct GraphBuilder {
    let style: any GraphStyle

    /// `styled: false` builds for GraphML, which carries data only: of the style's attributes only
    /// its own data fields (a diff's `change`, say) are set, not colours, widths and tooltips, and
    /// its defaults are not declared.
    func build(_ graph: RelationGraph, title: String?, styled: Bool = true) throws -> CGraph {
        // Elements are read in place by position: copying an actor or relation retains each of its strings.
        let (nodes, ends) = Self.actors(of: graph)
        let edges = graph.edges
        let cgraph = try CGraph(directedNamed: "actorgraph")
        let nodeData = declare(.node, on: cgraph, styled: styled)
        let edgeData = declare(.edge, on: cgraph, styled: styled)
        declare(.graph, on: cgraph, styled: styled)
        if styled {
            for (name, value) in style.graphAttributes(nodeCount: nodes.count, edgeCount: edges.count, title: title) {
                cgraph.setGraph(name, value)
            }
        }

        let keptOnNodes = kept(for: .node, styled: styled)
        var created: [CNode] = []
        created.reserveCapacity(nodes.count)
        for i in nodes.indices {
            let cnode = cgraph.addNode(named: nodes[i].key)
            created.append(cnode)
            for (attribute, value) in zip(nodeData, DataSchema.values(of: nodes[i])) {
                if let attribute { cgraph.set(attribute, value, on: cnode) }
            }
            for (name, value) in keptOnNodes.filter({ style.nodeAttributes(for: nodes[i]) }) {
                cgraph.set(name, value, on: cnode)
            }
        }
        let keptOnEdges = kept(for: .edge, styled: styled)
        for i in edges.indices {
            let (tail, head) = ends[i]
            let cedge = cgraph.addEdge(from: created[tail], to: created[head], key: edges[i].relation)
            for (attribute, value) in zip(edgeData, DataSchema.values(of: edges[i])) {
                if let attribute { cgraph.set(attribute, value, on: cedge) }
            }
            let styleAttributes = keptOnEdges.filter {
                style.edgeAttributes(for: edges[i], sourceLabel: nodes[tail].label, targetLabel: nodes[head].label)
            }
            for (name, value) in styleAttributes { cgraph.set(name, value, on: cedge) }
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

    /// Which of the style's attributes a build sets.
    private enum Kept {
        case all
        /// Only those naming the style's own data fields; with none, the style is not asked at all.
        case only(Set<String>)

        func filter(_ attributes: () -> [StyleAttribute]) -> [StyleAttribute] {
            switch self {
            case .all: return attributes()
            case .only(let names): return names.isEmpty ? [] : attributes().filter { names.contains($0.name) }
            }
        }
    }

    private func kept(for kind: GraphObjectKind, styled: Bool) -> Kept {
        styled ? .all : .only(Set(style.dataFields(for: kind).map(\.name)))
    }

    /// Declares the data fields of `kind` (`DataSchema`'s and the style's) and, when styled, the
    /// style's defaults; returns the handles of the data fields, in their order.
    @discardableResult
    private func declare(_ kind: GraphObjectKind, on cgraph: CGraph, styled: Bool) -> [CGraph.Attribute?] {
        let data = style.allDataFields(for: kind)
        let handles = data.map { cgraph.declare($0.name, for: kind) }
        let dataNames = Set(data.map(\.name))
        for (name, value) in styled ? style.defaults(for: kind) : [] where !dataNames.contains(name) {
            cgraph.declare(name, for: kind, default: value)
        }
        return handles
    }

    /// The graph's actors, then edge ends that it lists no actor for as bare `other` actors
    /// labelled by key (in key order); and the ends of each edge as positions in them (of the
    /// first actor with that key).
    private static func actors(of graph: RelationGraph) -> (nodes: [ActorNode], ends: [(tail: Int, head: Int)]) {
        var nodes = graph.nodes
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        for position in nodes.indices.reversed() { index[nodes[position].key] = position }
        var ends: [(tail: Int, head: Int)] = []
        ends.reserveCapacity(graph.edges.count)
        var missing = Set<String>()
        for i in graph.edges.indices {
            let (source, target) = (graph.edges[i].source, graph.edges[i].target)
            let (tail, head) = (index[source], index[target])
            if tail == nil { missing.insert(source) }
            if head == nil { missing.insert(target) }
            ends.append((tail ?? -1, head ?? -1))
        }
        guard !missing.isEmpty else { return (nodes, ends) }
        for key in missing.sorted() {
            index[key] = nodes.count
            nodes.append(ActorNode(key: key, label: key, kind: "other"))
        }
        for i in ends.indices where ends[i].tail < 0 || ends[i].head < 0 {
            ends[i] = (index[graph.edges[i].source] ?? 0, index[graph.edges[i].target] ?? 0)
        }
        return (nodes, ends)
    }
}
