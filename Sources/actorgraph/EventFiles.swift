import ActorGraph
import Foundation

/// The event files `merge` reads: files named on the command line, the files of a folder (every
/// one whose name does not start with `.` or `_`, in sorted order, so that a Spark output folder
/// reads as it is), or standard input. Files ending in `.csv` are CSV; all others JSON Lines.
struct EventFiles {
    struct File {
        /// The file as the command line named it (a folder's files under the folder as named);
        /// `nil` for standard input.
        var path: String?
        var format: EventFormat

        var url: URL? { path.map { URL(fileURLWithPath: $0) } }
        /// The path as the user typed it, for messages.
        var displayName: String { path ?? "<stdin>" }
    }

    var files: [File]

    /// Lists the files; a missing or unreadable argument is an error (nothing is read).
    init(_ arguments: [String]) throws {
        if arguments.filter({ $0 == "-" }).count > 1 { throw CLIError("'-' (standard input) can be given only once") }
        let fm = FileManager.default
        files = []
        for argument in arguments {
            if argument == "-" {
                files.append(File(path: nil, format: .jsonl))
                continue
            }
            guard try InputSource.isFolder(argument) else {
                files.append(Self.file(argument))
                continue
            }
            guard let names = try? fm.contentsOfDirectory(atPath: argument) else {
                throw CLIError("\(argument): cannot read the folder")
            }
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
                let path = (argument as NSString).appendingPathComponent(name)
                var inner: ObjCBool = false
                if fm.fileExists(atPath: path, isDirectory: &inner), !inner.boolValue { files.append(Self.file(path)) }
            }
        }
    }

    private static func file(_ path: String) -> File {
        File(path: path, format: EventFormat(path: path) ?? .jsonl)
    }

    /// What reading went through.
    struct Tally {
        var records = 0
        /// Lines, rows or files that could not be read (each was named on stderr).
        var skipped = 0
    }

    /// Reads every record, passing each to `consume`; a bad line is named on stderr as
    /// `FILE:LINE: reason` and skipped, and so is a file that cannot be read.
    func read(into consume: (EventRecord) -> Void) -> Tally {
        var tally = Tally()
        for file in files {
            guard let handle = file.url.map({ try? FileHandle(forReadingFrom: $0) }) ?? FileHandle.standardInput else {
                Console.warning("\(file.displayName): cannot read the file")
                tally.skipped += 1
                continue
            }
            var lines = LineReader(handle)
            switch file.format {
            case .jsonl: readJSONLines(&lines, of: file, into: consume, tally: &tally)
            case .csv: readCSV(&lines, of: file, into: consume, tally: &tally)
            }
        }
        return tally
    }

    private func readJSONLines(_ lines: inout LineReader, of file: File, into consume: (EventRecord) -> Void,
                               tally: inout Tally) {
        while let line = nextLine(&lines, of: file, tally: &tally) {
            guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            do {
                consume(try EventRecord(jsonLine: line))
                tally.records += 1
            } catch {
                Console.warning("\(file.displayName):\(lines.lineNumber): \(error.reason)")
                tally.skipped += 1
            }
        }
    }

    /// Reads CSV rows; a row whose quote never closes is named as `FILE:LINE: unclosed quote`
    /// (the line it starts on) and the lines after its first are read again.
    private func readCSV(_ lines: inout LineReader, of file: File, into consume: (EventRecord) -> Void,
                         tally: inout Tally) {
        var csv = EventCSVReader()
        /// Lines to read again before the file goes on, with the number of the first.
        var reread: [[UInt8]] = [], rereadFrom = 0, next = 0
        var rowStart = 1, ended = false
        func unclosedQuote(_ again: [[UInt8]]) {
            Console.warning("\(file.displayName):\(rowStart): unclosed quote")
            tally.skipped += 1
            reread = again + reread[next...]
            rereadFrom = rowStart + 1
            next = 0
            rowStart += 1
        }
        while true {
            let line: [UInt8], number: Int
            if next < reread.count {
                line = reread[next]
                number = rereadFrom + next
                next += 1
            } else if !ended, let fresh = nextLine(&lines, of: file, tally: &tally) {
                line = Array(fresh)
                number = lines.lineNumber
            } else {
                ended = true
                guard let again = csv.finish() else { break }
                unclosedQuote(again)
                continue
            }
            do {
                switch try csv.read(line: line) {
                case .record(let record):
                    consume(record)
                    tally.records += 1
                case .unclosedQuote(let again):
                    unclosedQuote(again)
                    continue
                case .unfinished: continue
                case .header, .blank: break
                }
            } catch {
                Console.warning("\(file.displayName):\(rowStart): \(error.reason)")
                tally.skipped += 1
                // Without its header a CSV file cannot be read at all.
                if !csv.hasHeader { return }
            }
            rowStart = number + 1
        }
    }

    /// The next line of a file, or `nil` at its end or when it cannot be read further (named on stderr).
    private func nextLine(_ lines: inout LineReader, of file: File, tally: inout Tally) -> ArraySlice<UInt8>? {
        do {
            return try lines.next()
        } catch {
            Console.warning("\(file.displayName):\(lines.lineNumber + 1): cannot read further")
            tally.skipped += 1
            return nil
        }
    }
}
