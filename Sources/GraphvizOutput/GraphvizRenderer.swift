import ActorGraph

/// Renders relation graphs as DOT, SVG or GraphML through Graphviz's C libraries.
///
/// Every format comes from one cgraph graph per call: DOT is `agwrite`'s output, SVG is laid out
/// and rendered by libgvc (with a legend), GraphML walks the same graph. DOT and GraphML are
/// byte-for-byte deterministic; SVG is as deterministic as the Graphviz version and fonts allow.
/// Safe to call from any thread: Graphviz calls are serialised process-wide.
public struct GraphvizRenderer: Sendable {
    let style: any GraphStyle

    /// A renderer with the normal relation style.
    public init() {
        self.init(style: RelationStyle())
    }

    init(style: any GraphStyle) {
        self.style = style
    }

    /// Renders `graph` in one format; throws `GraphvizError` when Graphviz fails.
    public func render(_ graph: RelationGraph, as format: OutputFormat,
                       options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        try render(graph, as: [format], options: options)[format] ?? []
    }

    /// Renders `graph` in several formats from a single cgraph graph.
    public func render(_ graph: RelationGraph, as formats: Set<OutputFormat>,
                       options: RenderOptions = RenderOptions()) throws -> [OutputFormat: [UInt8]] {
        try render(graph, as: formats, options: options, engine: options.layout.rawValue)
    }

    /// Renders `diff` in several formats: both graphs in one, every actor and relation carrying a
    /// `change` attribute (`added`, `removed`, `changed` or `unchanged`; actors `kept` for
    /// unchanged) and every relation that was in the old graph its `old_weight`. In SVG, added is
    /// green and bold, removed red and dashed, changed amber with `old→new` weights, unchanged grey.
    public func render(_ diff: GraphDiff, as formats: Set<OutputFormat>,
                       options: RenderOptions = RenderOptions()) throws -> [OutputFormat: [UInt8]] {
        try render(diff.union, as: formats, options: options, engine: options.layout.rawValue, style: DiffStyle(diff))
    }

    /// Like the public `render`, with the layout engine named freely (tests use unknown names).
    func render(_ graph: RelationGraph, as formats: Set<OutputFormat>, options: RenderOptions,
                engine: String) throws -> [OutputFormat: [UInt8]] {
        try render(graph, as: formats, options: options, engine: engine, style: style)
    }

    private func render(_ graph: RelationGraph, as formats: Set<OutputFormat>, options: RenderOptions,
                        engine: String, style: any GraphStyle) throws -> [OutputFormat: [UInt8]] {
        try Graphviz.locked { context in
            let builder = GraphBuilder(style: style)
            let cgraph = try builder.build(graph, title: options.title, styled: formats != [.graphml])
            var outputs: [OutputFormat: [UInt8]] = [:]
            if formats.contains(.dot) { outputs[.dot] = try cgraph.dot() }
            if formats.contains(.graphml) {
                outputs[.graphml] = GraphMLWriter.write(
                    cgraph, nodeFields: style.allDataFields(for: .node), edgeFields: style.allDataFields(for: .edge))
            }
            // Last, because the legend it adds belongs in the diagram only.
            if formats.contains(.svg) {
                builder.addLegend(to: cgraph)
                outputs[.svg] = try cgraph.render("svg", engine: engine, context: &context)
            }
            return outputs
        }
    }
}
