import ActorGraph

/// Turns a `RelationGraph` into one cgraph graph: every attribute declared first, then the
/// actors (named by key) and relations (keyed by relation, so parallel edges survive), then their
/// `DataSchema` values and whatever the style adds.
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
        let keptOnNodes = kept(for: .node, styled: styled)
        let nodeStyles = nodes.indices.map { i in keptOnNodes.filter { style.nodeAttributes(for: nodes[i]) } }
        let keptOnEdges = kept(for: .edge, styled: styled)
        let edgeStyles = edges.indices.map { i in
            keptOnEdges.filter {
                style.edgeAttributes(for: edges[i], sourceLabel: nodes[ends[i].tail].label,
                                     targetLabel: nodes[ends[i].head].label)
            }
        }
        let graphStyle = styled ? style.graphAttributes(
            nodeCount: nodes.count, edgeCount: edges.count, title: title) : []

        let cgraph = try CGraph(directedNamed: "actorgraph")
        declare(.graph, on: cgraph, styled: styled, styles: [graphStyle])
        let nodeData = declare(.node, on: cgraph, styled: styled, styles: nodeStyles)
        let edgeData = declare(.edge, on: cgraph, styled: styled, styles: edgeStyles)
        for (name, value) in graphStyle { cgraph.setGraph(name, value) }

        // Objects first, then their values attribute by attribute (see `setColumns`).
        let cnodes = nodes.indices.map { cgraph.addNode(named: nodes[$0].key) }
        Self.setColumns(nodeData, rows: nodes.indices.map { DataSchema.values(of: nodes[$0]) }, on: cnodes) {
            cgraph.set($0, $1, on: $2)
        }
        for (cnode, attributes) in zip(cnodes, nodeStyles) {
            for (name, value) in attributes { cgraph.set(name, value, on: cnode) }
        }
        let cedges = edges.indices.map { i in
            cgraph.addEdge(from: cnodes[ends[i].tail], to: cnodes[ends[i].head], key: edges[i].relation)
        }
        Self.setColumns(edgeData, rows: edges.indices.map { DataSchema.values(of: edges[$0]) }, on: cedges) {
            cgraph.set($0, $1, on: $2)
        }
        for (cedge, attributes) in zip(cedges, edgeStyles) {
            for (name, value) in attributes { cgraph.set(name, value, on: cedge) }
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

    /// Declares the data fields of `kind` (`DataSchema`'s and the style's), the style's defaults
    /// when styled, and every other name the style uses, in a fixed order; returns the handles of
    /// the data fields, in their order.
    @discardableResult
    private func declare(_ kind: GraphObjectKind, on cgraph: CGraph, styled: Bool,
                         styles: [[StyleAttribute]]) -> [CGraph.Attribute?] {
        let data = style.allDataFields(for: kind)
        let handles = data.map { cgraph.declare($0.name, for: kind) }
        var declared = data.map(\.name)  // few names: a list is quicker than hashing each use
        for (name, value) in styled ? style.defaults(for: kind) : [] where !declared.contains(name) {
            cgraph.declare(name, for: kind, default: value)
            declared.append(name)
        }
        for attributes in styles {
            for (name, _) in attributes where !declared.contains(name) {
                cgraph.declare(name, for: kind)
                declared.append(name)
            }
        }
        return handles
    }

    /// Sets each attribute on every object before the next attribute (`rows[i][column]` on
    /// `objects[i]`). Graphviz interns every value in one splay tree of strings; values of one
    /// attribute at a time keep its working set small. Objects first and then values column by
    /// column built the 100,000-edge graph about 30% faster than object by object.
    private static func setColumns<Object>(_ attributes: [CGraph.Attribute?], rows: [[String]], on objects: [Object],
                                           _ set: (CGraph.Attribute, String, Object) -> Void) {
        for (column, attribute) in attributes.enumerated() {
            guard let attribute else { continue }
            for (row, object) in zip(rows, objects) where column < row.count {
                set(attribute, row[column], object)
            }
        }
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
