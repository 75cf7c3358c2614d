/// A graph file that could not be read, located by file name and, when known, line.
public struct GraphReadError: Error, CustomStringConvertible, Equatable {
    /// The name the caller gave the input, usually its path.
    public var source: String
    /// The 1-based line, when the parser knows it.
    public var line: Int?
    /// One line saying what is wrong (Graphviz's own message for DOT syntax errors).
    public var message: String

    /// An error in `source`, at `line` when known.
    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `old.graphml:14: edge refers to unknown node 'n42'`
    public var description: String {
        line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)"
    }
}
