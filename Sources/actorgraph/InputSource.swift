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
    /// The file as the command line named it (a folder's files under the folder as named);
    /// `nil` for standard input.
    var path: String?
    var kind: Kind

    var url: URL? { path.map { URL(fileURLWithPath: $0) } }
    /// The path as the user typed it, for messages.
    var displayName: String { path ?? "<stdin>" }

    /// The files named on the command line, folders expanded to their `*.txt`, `*.md` and
    /// `*.jsonl` files (recursively, in sorted order); `-` is standard input, JSON Lines when
    /// `jsonLines`. Files ending in `.jsonl` are JSON Lines.
    static func collect(_ arguments: [String], standardInputIsJSONLines jsonLines: Bool) throws -> [InputSource] {
        var sources: [InputSource] = []
        for argument in arguments {
            if argument == "-" {
                sources.append(InputSource(id: "stdin", path: nil, kind: jsonLines ? .jsonLines : .text))
                continue
            }
            sources += try (isFolder(argument) ? FolderListing.articleFiles(in: argument) : [argument]).map(source(for:))
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

    private static func source(for path: String) -> InputSource {
        let url = URL(fileURLWithPath: path)
        return InputSource(id: url.deletingPathExtension().lastPathComponent, path: path,
                           kind: url.pathExtension.lowercased() == "jsonl" ? .jsonLines : .text)
    }

    /// Reads a text article from its file. A refusal ends in ", skipped" when `skipped` (the run
    /// goes on without the input).
    func load(date: Day?, skipped: Bool = true) throws(CLIError) -> (Document, warning: String?) {
        guard let path, let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(displayName): cannot read the file", status: .partial)
        }
        return try document(from: [UInt8](data), date: date, skipped: skipped)
    }

    /// The text article in `bytes`; invalid UTF-8 is replaced (with a warning), binary input is
    /// refused (the message ending in ", skipped" when `skipped`).
    func document(from bytes: [UInt8], date: Day?, skipped: Bool = true) throws(CLIError) -> (Document, warning: String?) {
        if bytes.prefix(8192).contains(0) {
            throw CLIError("\(displayName): looks like a binary file\(skipped ? ", skipped" : "")", status: .partial)
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
