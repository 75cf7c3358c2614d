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

        let (nodeNames, edgeNames) = (Self.names(in: nodeStyles), Self.names(in: edgeStyles))

        let cgraph = try CGraph(directedNamed: "actorgraph")
        declare(.graph, on: cgraph, styled: styled, names: graphStyle.map(\.name))
        let nodeData = declare(.node, on: cgraph, styled: styled, names: nodeNames)
        let edgeData = declare(.edge, on: cgraph, styled: styled, names: edgeNames)
        for (name, value) in graphStyle { cgraph.setGraph(name, value) }

        // Objects first, then their values attribute by attribute (see `setColumn`).
        let cnodes = nodes.indices.map { cgraph.addNode(named: nodes[$0].key) }
        let nodeValues = nodes.indices.map { DataSchema.values(of: nodes[$0]) }
        Self.setValues(data: nodeData, nodeValues, styles: nodeStyles, nodeNames, kind: .node, on: cnodes, in: cgraph) {
            cgraph.set($0, $1, on: $2)
        }
        let cedges = edges.indices.map { i in
            cgraph.addEdge(from: cnodes[ends[i].tail], to: cnodes[ends[i].head], key: edges[i].relation)
        }
        let edgeValues = edges.indices.map { DataSchema.values(of: edges[$0]) }
        Self.setValues(data: edgeData, edgeValues, styles: edgeStyles, edgeNames, kind: .edge, on: cedges, in: cgraph) {
            cgraph.set($0, $1, on: $2)
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
    /// when styled, and the other `names` the style uses, in a fixed order; returns the handles of
    /// the data fields, in their order.
    @discardableResult
    private func declare(_ kind: GraphObjectKind, on cgraph: CGraph, styled: Bool, names: [String]) -> [CGraph.Attribute?] {
        let data = style.allDataFields(for: kind)
        let handles = data.map { cgraph.declare($0.name, for: kind) }
        var declared = data.map(\.name)
        for (name, value) in styled ? style.defaults(for: kind) : [] where !declared.contains(name) {
            cgraph.declare(name, for: kind, default: value)
            declared.append(name)
        }
        for name in names where !declared.contains(name) {
            cgraph.declare(name, for: kind)
        }
        return handles
    }

    /// The names the styles use, in order of first use. (Few names: a list is quicker than hashing each use.)
    private static func names(in styles: [[StyleAttribute]]) -> [String] {
        var names: [String] = []
        for attributes in styles {
            for (name, _) in attributes where !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Sets `values[i]` (aligned with `data`) and `styles[i]` (attributes `names` lists) on
    /// `objects[i]`, one attribute at a time (see `setColumn`). An object's style attribute
    /// overrides its data value of the same name, and the last of two with one name wins.
    private static func setValues<Object>(data: [CGraph.Attribute?], _ values: [[String]],
                                          styles: [[StyleAttribute]], _ names: [String],
                                          kind: GraphObjectKind, on objects: [Object], in cgraph: CGraph,
                                          _ set: (CGraph.Attribute, String, Object) -> Void) {
        // The rows hold `DataSchema`'s values, whose fields come first in `data` (the style's own
        // data fields follow, and are set with its attributes).
        for (column, attribute) in zip(0..<(values.first?.count ?? 0), data) {
            guard let attribute else { continue }
            setColumn(attribute, on: objects, set) { values[$0][column] }
        }
        for name in names {
            guard let attribute = cgraph.attribute(name, for: kind) else { continue }
            setColumn(attribute, on: objects, set) { i in styles[i].last { $0.name == name }?.value }
        }
    }

    /// Sets one attribute on every object that `value` gives a value for. Graphviz interns every
    /// value in one splay tree of strings; values of one attribute at a time keep its working set
    /// small. Objects first and then values column by column built the 100,000-edge graph about
    /// 30% faster than object by object.
    private static func setColumn<Object>(_ attribute: CGraph.Attribute, on objects: [Object],
                                          _ set: (CGraph.Attribute, String, Object) -> Void,
                                          value: (Int) -> String?) {
        for (i, object) in objects.enumerated() {
            if let value = value(i) { set(attribute, value, object) }
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
