import Foundation

/// Messages for the user on standard error.
enum Console {
    static func error(_ message: String) { write("actorgraph: error: \(message)") }

    static func warning(_ message: String) { write("actorgraph: warning: \(message)") }

    static func note(_ message: String) { write("actorgraph: \(message)") }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
