import ActorGraph

/// Reads back graphs this module wrote (and similar DOT or GraphML from other tools), for diffs.
public struct GraphReader: Sendable {
    /// Inputs larger than this many bytes are refused before parsing; 64 MiB by default.
    public var maximumSize: Int

    /// A reader refusing inputs above `maximumSize` bytes.
    public init(maximumSize: Int = 64 << 20) {
        self.maximumSize = maximumSize
    }

    /// Parses `bytes` as DOT or GraphML, told apart by `name`'s extension (`.dot`, `.gv`,
    /// `.graphml`) or, without one of those, by content: XML is GraphML, anything else DOT.
    public func read(_ bytes: [UInt8], name: String) throws -> RelationGraph {
        try read(bytes, format: Self.format(of: bytes, name: name), name: name)
    }

    /// The format `name`'s extension says, else GraphML when the first non-blank byte opens an XML tag.
    static func format(of bytes: [UInt8], name: String) -> OutputFormat {
        let file = name.split(separator: "/").last ?? ""
        if let dot = file.lastIndex(of: "."), let format = OutputFormat(fileExtension: String(file[file.index(after: dot)...])) {
            return format
        }
        let head = bytes.prefix(4096).drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return head.first == UInt8(ascii: "<") ? .graphml : .dot
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
