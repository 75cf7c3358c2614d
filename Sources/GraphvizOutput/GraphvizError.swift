/// A failure inside Graphviz, carrying Graphviz's own message.
public struct GraphvizError: Error, CustomStringConvertible, Equatable {
    /// One line, as Graphviz reported it (trimmed), or our description when Graphviz said nothing.
    public var message: String

    /// An error with this message.
    public init(message: String) {
        self.message = message
    }

    public var description: String { message }

    /// Graphviz found no layout plugins: their list (`config6a`, `config8` from Graphviz 13 on) is
    /// written by `dot -c`, which Debian's `libgvc6` runs on install.
    public static let pluginsNotConfigured = GraphvizError(
        message: "Graphviz plugins are not configured (run `dot -c` as root, or reinstall Graphviz)")

    /// Maps a failed `gvLayout` to an error; an empty list after "Use one of:" means no plugins are configured.
    static func layoutFailure(_ graphvizMessage: String) -> GraphvizError {
        if let range = graphvizMessage.range(of: "not recognized. Use one of:"),
           graphvizMessage[range.upperBound...].allSatisfy(\.isWhitespace) {
            return .pluginsNotConfigured
        }
        return GraphvizError(message: graphvizMessage)
    }
}
