import ActorGraph
import Foundation

/// The event files `merge` reads: files named on the command line, the files of a folder (every
/// one whose name does not start with `.` or `_`, in sorted order, so that a Spark output folder
/// reads as it is), or standard input. Files ending in `.csv` are CSV; all others JSON Lines.
struct EventFiles {
    struct File {
        /// `nil` for standard input.
        var url: URL?
        var format: EventFormat

        var displayName: String { url?.path ?? "<stdin>" }
    }

    var files: [File]

    /// Lists the files; a missing or unreadable argument is an error (nothing is read).
    init(_ arguments: [String]) throws {
        if arguments.filter({ $0 == "-" }).count > 1 { throw CLIError("'-' (standard input) can be given only once") }
        let fm = FileManager.default
        files = []
        for argument in arguments {
            if argument == "-" {
                files.append(File(url: nil, format: .jsonl))
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
        File(url: URL(fileURLWithPath: path), format: path.lowercased().hasSuffix(".csv") ? .csv : .jsonl)
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
            var csv = EventCSVReader()
            var rowStart = 1
            while true {
                let line: ArraySlice<UInt8>
                do {
                    guard let next = try lines.next() else { break }
                    line = next
                } catch {
                    Console.warning("\(file.displayName):\(lines.lineNumber + 1): cannot read further")
                    tally.skipped += 1
                    break
                }
                do {
                    switch file.format {
                    case .jsonl:
                        guard line.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
                        consume(try EventRecord(jsonLine: line))
                        tally.records += 1
                    case .csv:
                        switch try csv.read(line: line) {
                        case .record(let record):
                            consume(record)
                            tally.records += 1
                        case .unfinished: continue
                        case .header, .blank: break
                        }
                        rowStart = lines.lineNumber + 1
                    }
                } catch {
                    Console.warning("\(file.displayName):\(file.format == .csv ? rowStart : lines.lineNumber): \(error.reason)")
                    tally.skipped += 1
                    rowStart = lines.lineNumber + 1
                    // Without its header a CSV file cannot be read at all.
                    if file.format == .csv, !csv.hasHeader { break }
                }
            }
            if file.format == .csv {
                do {
                    try csv.finish()
                } catch {
                    Console.warning("\(file.displayName):\(rowStart): \(error.reason)")
                    tally.skipped += 1
                }
            }
        }
        return tally
    }
}
