/// A failure inside Graphviz, carrying Graphviz's own message.
public struct GraphvizError: Error, CustomStringConvertible, Equatable {
    /// One line, as Graphviz reported it (trimmed), or our description when Graphviz said nothing.
    public var message: String

    /// An error with this message.
    public init(message: String) {
        self.message = message
    }

    public var description: String { message }

    /// Graphviz found no layout plugins: Debian's `libgvc6` writes their `config6a` on install.
    public static let pluginsNotConfigured = GraphvizError(
        message: "Graphviz plugins are not configured (reinstall libgvc6)")

    /// Maps a failed `gvLayout` to an error; an empty list after "Use one of:" means no plugins are configured.
    static func layoutFailure(_ graphvizMessage: String) -> GraphvizError {
        if let range = graphvizMessage.range(of: "not recognized. Use one of:"),
           graphvizMessage[range.upperBound...].allSatisfy(\.isWhitespace) {
            return .pluginsNotConfigured
        }
        return GraphvizError(message: graphvizMessage)
    }
}
