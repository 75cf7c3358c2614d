import Foundation

/// Writes files atomically: a temporary file beside the target, then a rename, so a failed run
/// never leaves a half-written file or destroys the previous output.
enum OutputFile {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let stream = try Stream(url)
        do {
            try stream.write(bytes)
            try stream.commit()
        } catch {
            stream.discard()
            throw error
        }
    }

    /// Standard output, for `-o -`.
    static func writeStandardOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// A file written a piece at a time into its temporary file, which `commit` renames into place.
    final class Stream {
        private let url: URL
        private let temporary: URL
        private let handle: FileHandle

        init(_ url: URL) throws {
            self.url = url
            temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
                  let handle = try? FileHandle(forWritingTo: temporary) else {
                throw CLIError("\(url.path): cannot write the file", status: .output)
            }
            self.handle = handle
        }

        func write(_ bytes: [UInt8]) throws {
            do {
                try handle.write(contentsOf: bytes)
            } catch {
                throw CLIError("\(url.path): cannot write the file", status: .output)
            }
        }

        /// Closes the temporary file and renames it over the target.
        func commit() throws {
            try? handle.close()
            guard rename(temporary.path, url.path) == 0 else {
                discard()
                throw CLIError("\(url.path): cannot write the file", status: .output)
            }
        }

        /// Closes and removes the temporary file.
        func discard() {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
