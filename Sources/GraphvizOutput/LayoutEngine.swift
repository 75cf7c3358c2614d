/// A Graphviz layout program; the raw value is the engine name Graphviz knows.
///
/// `dot` draws hierarchies and suits small graphs; `sfdp` and `fdp` scale to thousands of actors;
/// `circo` becomes very slow beyond a few hundred.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered, top to bottom.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular.
    case circo
}
