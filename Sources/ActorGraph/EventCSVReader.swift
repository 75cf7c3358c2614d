/// Reads event records from the lines of a CSV file written by `EventRecord.csvRow`, or edited
/// by a spreadsheet: a header row naming the columns (in any order; the schema's fields other
/// than `plover` and `cameo` are required, unknown columns are ignored), then one record per row.
/// A quoted field may hold line breaks, so a row may span lines -- at most `maxRowLines` lines
/// and `maxRowBytes` bytes. A quote that opens a field and does not close within those limits (or
/// before the file ends), or a row that goes wrong after its first line, is taken for a stray
/// quote: the row is reported as an unclosed quote and the lines after its first one are read
/// again as rows of their own, so one bad quote loses one record, not the rest of the file.
public struct EventCSVReader: Sendable {
    /// The most lines a row may span.
    public static let maxRowLines = 100
    /// The most bytes a row may hold.
    public static let maxRowBytes = 1 << 20

    /// What a line completed.
    public enum Output: Sendable {
        /// The header was read.
        case header
        /// A record was read.
        case record(EventRecord)
        /// The line is part of a row that goes on.
        case unfinished
        /// A blank line.
        case blank
        /// The row that began with the first of its lines opened a quote that never closed: the
        /// row is lost, and `reread` (the row's lines after its first, ending with this one)
        /// must be read again, before any line that follows.
        case unclosedQuote(reread: [[UInt8]])
    }

    /// The field of each column, once the header has been read.
    public private(set) var columns: [EventRecord.Field?]?
    private var scanner = CSVText.RowScanner()
    /// The lines of the row being read while a quoted field goes on.
    private var pending: [[UInt8]] = []
    private var pendingBytes = 0

    public init() {}

    /// Whether the header has been read and is usable.
    public var hasHeader: Bool { columns != nil }

    /// Reads one line (without its line break). A problem concerns the row that this line ends.
    public mutating func read(line: some Collection<UInt8>) throws(EventRecordError) -> Output {
        if pending.isEmpty, line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        let cells: [String]?
        do {
            cells = try scanner.scan(line: line)
        } catch {
            scanner = CSVText.RowScanner()
            if !pending.isEmpty { return unclosedQuote(adding: Array(line)) }
            throw error
        }
        guard let cells else {
            pending.append(Array(line))
            pendingBytes += line.count + 1
            if pending.count >= Self.maxRowLines || pendingBytes > Self.maxRowBytes {
                scanner = CSVText.RowScanner()
                return unclosedQuote(adding: nil)
            }
            return .unfinished
        }
        pending = []
        pendingBytes = 0
        guard let columns else {
            columns = try Self.columns(of: cells)
            return .header
        }
        return .record(try EventRecord(csvCells: cells, columns: columns))
    }

    /// Ends the file: when it ends inside a quoted field, that row's quote never closed, and the
    /// lines to read again are returned as with `Output.unclosedQuote`; `nil` otherwise.
    public mutating func finish() -> [[UInt8]]? {
        guard !pending.isEmpty else { return nil }
        scanner = CSVText.RowScanner()
        guard case .unclosedQuote(let lines) = unclosedQuote(adding: nil) else { return nil }
        return lines
    }

    private mutating func unclosedQuote(adding line: [UInt8]?) -> Output {
        let lines = Array(pending.dropFirst()) + (line.map { [$0] } ?? [])
        pending = []
        pendingBytes = 0
        return .unclosedQuote(reread: lines)
    }

    private static func columns(of header: [String]) throws(EventRecordError) -> [EventRecord.Field?] {
        let names = header.enumerated().map { i, name in
            // A spreadsheet may save a byte order mark before the first name.
            i == 0 && name.hasPrefix("\u{FEFF}") ? String(name.dropFirst()) : name
        }
        let columns = names.map(EventRecord.Field.init(rawValue:))
        var seen: Set<EventRecord.Field> = []
        for column in columns.compactMap({ $0 }) where !seen.insert(column).inserted {
            throw EventRecordError("the header names \"\(column.rawValue)\" twice")
        }
        let optional: Set<EventRecord.Field> = [.plover, .cameo]
        if let missing = EventRecord.Field.allCases.first(where: { !seen.contains($0) && !optional.contains($0) }) {
            throw EventRecordError("not an event CSV header: no \"\(missing.rawValue)\" column")
        }
        return columns
    }
}
