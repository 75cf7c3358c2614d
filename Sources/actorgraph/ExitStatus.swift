/// The exit statuses `actorgraph` documents.
enum ExitStatus: Int32 {
    /// Everything went well.
    case success = 0
    /// Outputs were written, but some inputs were skipped (each one was named on stderr).
    case partial = 1
    /// Bad arguments or unusable input; nothing was written.
    case usage = 2
    /// An output could not be written or rendered.
    case output = 3
}

/// A failure the user can act on, printed as one line.
struct CLIError: Error {
    var message: String
    var status: ExitStatus

    init(_ message: String, status: ExitStatus = .usage) {
        self.message = message
        self.status = status
    }
}
