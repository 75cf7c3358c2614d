import ActorExtraction
import Foundation

/// One input to read: a text article or a JSON Lines corpus, in a file or on standard input.
struct InputSource: Sendable {
    enum Kind: Sendable {
        /// One plain-text article.
        case text
        /// One article per line.
        case jsonLines
    }

    /// The file name without its extension ("stdin" for standard input): a text article's
    /// document id, and the stem of a JSON Lines record's default id.
    var id: String
    /// `nil` for standard input.
    var url: URL?
    var kind: Kind

    var displayName: String { url?.path ?? "<stdin>" }

    /// The files named on the command line, folders expanded to their `*.txt`, `*.md` and
    /// `*.jsonl` files (recursively, in sorted order); `-` is standard input, JSON Lines when
    /// `jsonLines`. Files ending in `.jsonl` are JSON Lines.
    static func collect(_ arguments: [String], standardInputIsJSONLines jsonLines: Bool) throws -> [InputSource] {
        var sources: [InputSource] = []
        for argument in arguments {
            if argument == "-" {
                sources.append(InputSource(id: "stdin", url: nil, kind: jsonLines ? .jsonLines : .text))
                continue
            }
            let url = URL(fileURLWithPath: argument)
            sources += try (isFolder(argument) ? files(in: url) : [url]).map(source(for:))
        }
        return sources
    }

    /// Whether a path named on the command line is a folder; an error when it is neither a
    /// readable folder nor a readable regular file.
    static func isFolder(_ argument: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        let fm = FileManager.default
        guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw CLIError("\(argument): no such file or folder")
        }
        guard fm.isReadableFile(atPath: argument) else { throw CLIError("\(argument): permission denied") }
        if !isDirectory.boolValue,
           (try? URL(fileURLWithPath: argument).resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile != true {
            throw CLIError("\(argument): not a regular file (a device, socket or pipe)")
        }
        return isDirectory.boolValue
    }

    private static func source(for url: URL) -> InputSource {
        InputSource(id: url.deletingPathExtension().lastPathComponent, url: url,
                    kind: url.pathExtension.lowercased() == "jsonl" ? .jsonLines : .text)
    }

    private static func files(in folder: URL) throws -> [URL] {
        try FolderListing.articleFiles(in: folder.path).map { URL(fileURLWithPath: $0) }
    }

    /// Reads a text article from its file.
    func load(date: Day?) throws(CLIError) -> (Document, warning: String?) {
        guard let url, let data = FileManager.default.contents(atPath: url.path) else {
            throw CLIError("\(displayName): cannot read the file", status: .partial)
        }
        return try document(from: [UInt8](data), date: date)
    }

    /// The text article in `bytes`; invalid UTF-8 is replaced (with a warning), binary input is refused.
    func document(from bytes: [UInt8], date: Day?) throws(CLIError) -> (Document, warning: String?) {
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
