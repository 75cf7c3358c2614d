/// Reads event records from the lines of a CSV file written by `EventRecord.csvRow`, or edited
/// by a spreadsheet: a header row naming the columns (in any order; the schema's fields other
/// than `plover` and `cameo` are required, unknown columns are ignored), then one record per row.
/// A quoted field may hold line breaks, so a row may span lines.
public struct EventCSVReader: Sendable {
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
    }

    /// The field of each column, once the header has been read.
    public private(set) var columns: [EventRecord.Field?]?
    /// The lines of the row being read, joined by `\n`, while a quoted field goes on.
    private var pending: [UInt8] = []

    public init() {}

    /// Whether the header has been read and is usable.
    public var hasHeader: Bool { columns != nil }

    /// Reads one line (without its line break). A problem concerns the row that this line ends.
    public mutating func read(line: some Collection<UInt8>) throws(EventRecordError) -> Output {
        if pending.isEmpty {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
            pending = Array(line)
        } else {
            pending.append(0x0A)
            pending.append(contentsOf: line)
        }
        let parsed: CSVText.Parse
        do {
            parsed = try CSVText.cells(of: pending)
        } catch {
            pending = []
            throw error
        }
        guard case .cells(let cells) = parsed else { return .unfinished }
        pending = []
        guard let columns else {
            columns = try Self.columns(of: cells)
            return .header
        }
        return .record(try EventRecord(csvCells: cells, columns: columns))
    }

    /// Says whether the file ended inside a quoted field.
    public func finish() throws(EventRecordError) {
        if !pending.isEmpty { throw EventRecordError("the file ends inside a quoted field") }
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
