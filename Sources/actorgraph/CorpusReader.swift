import ActorExtraction
import Foundation

/// The articles of the inputs, in input order, read as they are asked for: a text file is one
/// article (read later, by a worker), a JSON Lines input one article per line, streamed.
struct CorpusReader {
    /// One article to extract, or an input that cannot be one.
    enum Item: Sendable {
        /// A text file, not yet read.
        case file(InputSource)
        /// An article already read, with a warning about it.
        case document(Document, warning: String?)
        /// Why an input or a line is skipped, to be said on stderr.
        case skipped(String)
    }

    private var pending: ArraySlice<InputSource>
    private let date: Day?
    /// The JSON Lines input being read, and its lines.
    private var jsonLines: InputSource?
    private var lines: LineReader?

    /// Reads `sources`; `date`, when given, is every article's publication date.
    init(_ sources: [InputSource], date: Day?) {
        pending = sources[...]
        self.date = date
    }

    mutating func next() -> Item? {
        while true {
            if let item = nextLine() { return item }
            guard let source = pending.popFirst() else { return nil }
            switch (source.kind, source.url) {
            case (.text, _?):
                return .file(source)
            case (.text, nil):
                let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                do {
                    let (document, warning) = try source.document(from: bytes, date: date)
                    return .document(document, warning: warning)
                } catch {
                    return .skipped(error.message)
                }
            case (.jsonLines, let url):
                guard let handle = url.map({ try? FileHandle(forReadingFrom: $0) }) ?? FileHandle.standardInput else {
                    return .skipped("\(source.displayName): cannot read the file")
                }
                (jsonLines, lines) = (source, LineReader(handle))
            }
        }
    }

    /// The next record of the JSON Lines input being read; `nil` when there is none (left).
    private mutating func nextLine() -> Item? {
        guard let source = jsonLines else { return nil }
        while true {
            let line: ArraySlice<UInt8>?
            let number = (lines?.lineNumber ?? 0) + 1
            do {
                line = try lines?.next()
            } catch {
                (jsonLines, lines) = (nil, nil)
                return .skipped("\(source.displayName):\(number): cannot read further")
            }
            guard let line else {
                (jsonLines, lines) = (nil, nil)
                return nil
            }
            let location = "\(source.displayName):\(number)"
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            guard String(validating: line, as: UTF8.self) != nil else { return .skipped("\(location): not valid UTF-8") }
            do {
                let document = try JSONLRecord.document(from: line, fallbackID: "\(source.id)-\(number)", date: date)
                return .document(document, warning: nil)
            } catch {
                return .skipped("\(location): \(error.reason)")
            }
        }
    }
}
