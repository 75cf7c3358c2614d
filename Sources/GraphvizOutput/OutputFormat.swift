/// A file format the renderer writes; the raw value is what the CLI says.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT, written by `agwrite`: data and styling, no legend.
    case dot
    /// A laid-out diagram with a legend and tooltips.
    case svg
    /// GraphML with data attributes only, for networkx, igraph, Gephi and yEd.
    case graphml

    /// The format a file extension names (`dot` and `gv` are DOT), ignoring case; `nil` when unknown.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "dot", "gv": self = .dot
        case "svg": self = .svg
        case "graphml": self = .graphml
        default: return nil
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }
}
