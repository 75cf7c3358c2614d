import ActorGraph

/// Reads back graphs this module wrote (and similar DOT or GraphML from other tools), for diffs.
public struct GraphReader: Sendable {
    /// Inputs larger than this many bytes are refused before parsing; 64 MiB by default.
    public var maximumSize: Int

    /// A reader refusing inputs above `maximumSize` bytes.
    public init(maximumSize: Int = 64 << 20) {
        self.maximumSize = maximumSize
    }

    /// Parses `bytes` as DOT or GraphML; `name` (usually the path) locates errors.
    ///
    /// Throws `GraphReadError` with one line: Graphviz's own message for DOT syntax errors, the
    /// line number for GraphML problems. SVG cannot be read back.
    public func read(_ bytes: [UInt8], format: OutputFormat, name: String) throws -> RelationGraph {
        guard bytes.count <= maximumSize else {
            throw GraphReadError(source: name, message: "larger than the \(maximumSize)-byte limit")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw GraphReadError(source: name, message: "not valid UTF-8")
        }
        switch format {
        case .dot:
            guard !text.utf8.contains(0) else {
                throw GraphReadError(source: name, message: "contains NUL bytes; not a DOT graph")
            }
            guard text.lowercased().contains("graph") else {
                throw GraphReadError(source: name, message: "not a DOT graph (no 'graph' or 'digraph')")
            }
            do {
                return try DOTReader.read(text)
            } catch let error as GraphvizError {
                throw GraphReadError(source: name, message: error.message)
            }
        case .graphml:
            return try GraphMLReader.read(bytes, name: name)
        case .svg:
            throw GraphReadError(source: name, message: "SVG cannot be read back; use DOT or GraphML")
        }
    }
}
