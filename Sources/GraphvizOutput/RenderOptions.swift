/// How a graph is rendered.
public struct RenderOptions: Sendable {
    /// The layout program for SVG; DOT and GraphML carry no positions.
    public var layout: LayoutEngine
    /// A caption shown above the diagram, followed by the actor and relation counts.
    public var title: String?

    /// Options for `layout` (`dot` unless given) and an optional caption `title`.
    public init(layout: LayoutEngine = .dot, title: String? = nil) {
        self.layout = layout
        self.title = title
    }
}
