import Foundation

/// Writes files atomically: a temporary file beside the target, then a rename, so a failed run
/// never leaves a half-written file or destroys the previous output.
enum OutputFile {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(url.path): cannot write the file", status: .output)
        }
    }

    /// Standard output, for `-o -`.
    static func writeStandardOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
