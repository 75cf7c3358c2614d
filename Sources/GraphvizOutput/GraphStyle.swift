import ActorGraph

/// A Graphviz attribute a style sets: name and value, the value as Graphviz reads it.
typealias StyleAttribute = (name: String, value: String)

/// How `GraphBuilder` dresses a graph's data for people: what each actor and relation looks like.
///
/// The builder always writes the data attributes (`DataSchema`); a style adds everything visual.
/// The normal renderer uses `RelationStyle`; a diff renderer can pass its own (added, removed,
/// changed) to the same builder.
protocol GraphStyle: Sendable {
    /// Declared once as defaults, so DOT says them once (`node [fontname=…]`).
    func defaults(for kind: GraphObjectKind) -> [StyleAttribute]

    /// Attributes of the whole graph, such as its caption.
    func graphAttributes(nodeCount: Int, edgeCount: Int, title: String?) -> [StyleAttribute]

    func nodeAttributes(for node: ActorNode) -> [StyleAttribute]

    /// `sourceLabel` and `targetLabel` are the display names of the edge's ends, for tooltips.
    func edgeAttributes(for edge: RelationEdge, sourceLabel: String, targetLabel: String) -> [StyleAttribute]

    /// An HTML-like table (`<TABLE>…</TABLE>`) shown as a legend in diagrams (SVG) only, or `nil`.
    var legend: String? { get }

    /// Data attributes the style adds to `DataSchema`'s for nodes or edges (a diff's `change`):
    /// declared after them and written to DOT and GraphML alike; their values come with the
    /// style's attributes.
    func dataFields(for kind: GraphObjectKind) -> [DataField]
}

extension GraphStyle {
    /// No data attributes beyond `DataSchema`'s.
    func dataFields(for kind: GraphObjectKind) -> [DataField] { [] }

    /// `DataSchema`'s fields for nodes or edges, then the style's own.
    func allDataFields(for kind: GraphObjectKind) -> [DataField] {
        (kind == .node ? DataSchema.nodeFields : kind == .edge ? DataSchema.edgeFields : []) + dataFields(for: kind)
    }
}
