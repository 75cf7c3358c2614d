import ActorExtraction
import Foundation

/// One article to read: a file, or standard input.
struct InputSource: Sendable {
    /// The document id: the file name without its extension ("stdin" for standard input).
    var id: String
    /// `nil` for standard input.
    var url: URL?

    var displayName: String { url?.path ?? "<stdin>" }

    /// The files named on the command line, folders expanded to their `*.txt` and `*.md` files
    /// (recursively, in sorted order); `-` is standard input.
    static func collect(_ arguments: [String]) throws -> [InputSource] {
        var sources: [InputSource] = []
        let fm = FileManager.default
        for argument in arguments {
            if argument == "-" {
                sources.append(InputSource(id: "stdin", url: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw CLIError("\(argument): no such file or folder")
            }
            let url = URL(fileURLWithPath: argument)
            if isDirectory.boolValue {
                sources += try files(in: url).map { InputSource(id: $0.deletingPathExtension().lastPathComponent, url: $0) }
            } else {
                sources.append(InputSource(id: url.deletingPathExtension().lastPathComponent, url: url))
            }
        }
        return sources
    }

    private static func files(in folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw CLIError("\(folder.path): cannot read the folder")
        }
        var found: [URL] = []
        for case let url as URL in walker where ["txt", "md"].contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Reads the article; invalid UTF-8 is replaced (with a warning), binary files are refused.
    func load(date: Day?, stdin: [UInt8]?) throws -> (Document, warning: String?) {
        let bytes: [UInt8]
        if let url {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CLIError("\(url.path): cannot read the file")
            }
            bytes = [UInt8](data)
        } else {
            bytes = stdin ?? []
        }
        if bytes.prefix(8192).contains(0) {
            throw CLIError("\(displayName): looks like a binary file, skipped", status: .partial)
        }
        var warning: String?
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            warning = "\(displayName): invalid UTF-8 replaced"
        }
        return (Document(id: id, text: text, date: date), warning)
    }
}
