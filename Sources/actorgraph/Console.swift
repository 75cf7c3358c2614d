import Foundation

/// Messages for the user on standard error.
enum Console {
    static func error(_ message: String) { write("actorgraph: error: \(message)") }

    static func warning(_ message: String) { write("actorgraph: warning: \(message)") }

    static func note(_ message: String) { write("actorgraph: \(message)") }

    /// A number with its noun, plural unless the number is one: "1 record", "3 records".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
