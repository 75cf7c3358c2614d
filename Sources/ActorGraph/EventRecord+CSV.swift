extension EventRecord {
    /// The CSV header row: every `Field` name in schema order, ending in CRLF.
    public static var csvHeader: String {
        CSVText.row(Field.allCases.map(\.rawValue))
    }

    /// The record as one CSV row (RFC 4180): fields in schema order, separated by commas, quoted
    /// when they hold a comma, a quote or a line break (a quote doubled inside), ending in CRLF.
    /// Unknown dates, offsets and texts are empty; aliases are joined by `|`, with `\` and `|` in
    /// an alias escaped by a backslash.
    public var csvRow: String {
        CSVText.row(fieldValues.map { value in
            switch value {
            case .text(let text): text
            case .integer(let number): number.map(String.init) ?? ""
            case .list(let items): CSVText.joinList(items)
            }
        })
    }

    /// A record from one CSV row's cells, given which field each column holds (`nil` for a column
    /// the schema does not know).
    init(csvCells cells: [String], columns: [Field?]) throws(EventRecordError) {
        guard cells.count == columns.count else {
            throw EventRecordError("\(cells.count) fields where the header has \(columns.count)")
        }
        var fields: [Field: FieldValue] = [:]
        for (cell, column) in zip(cells, columns) {
            guard let field = column else { continue }
            switch field.kind {
            case .text: fields[field] = .text(cell)
            case .list: fields[field] = .list(try CSVText.splitList(cell, field: field))
            case .integer:
                if cell.isEmpty {
                    fields[field] = .integer(nil)
                } else if let number = Int(cell), cell.first != "+" {
                    fields[field] = .integer(number)
                } else {
                    throw EventRecordError("\"\(field.rawValue)\" '\(cell)' is not an integer")
                }
            }
        }
        try self.init(fields: fields)
    }
}

/// RFC 4180 text: rows to write, and cells read back from a row that may span lines.
enum CSVText {
    static func row(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ cell: String) -> String {
        guard cell.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `a|b`, with `\` and `|` inside an item escaped by a backslash.
    static func joinList(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }

    /// The items of a list written by `joinList`; an empty cell is no items.
    static func splitList(_ cell: String, field: EventRecord.Field) throws(EventRecordError) -> [String] {
        guard !cell.isEmpty else { return [] }
        var items: [String] = []
        var item = ""
        var escaped = false
        for c in cell {
            if escaped {
                guard c == "\\" || c == "|" else {
                    throw EventRecordError("\"\(field.rawValue)\": '\\\(c)' is not an escape (only \\\\ and \\| are)")
                }
                item.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                items.append(item)
                item = ""
            } else {
                item.append(c)
            }
        }
        guard !escaped else { throw EventRecordError("\"\(field.rawValue)\" ends in a lone backslash") }
        items.append(item)
        return items
    }

    /// Splits a row into cells a line at a time, keeping its place inside a quoted field between
    /// lines, so every byte is looked at once however many lines the row spans.
    struct RowScanner {
        private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        private var state = State.fieldStart
        private var cells: [String] = []
        private var cell: [UInt8] = []

        /// Whether a row has begun and goes on (a quoted field is open).
        var isOpen: Bool { state == .quoted }

        /// Reads the next line of the row (without its line break): the row's cells when the line
        /// ends it, `nil` when a quoted field goes on to the next line.
        mutating func scan(line: some Collection<UInt8>) throws(EventRecordError) -> [String]? {
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
            if state == .quoted { cell.append(0x0A) }
            for byte in line {
                switch (state, byte) {
                case (.fieldStart, quote): state = .quoted
                case (.fieldStart, comma), (.unquoted, comma), (.quoteInQuoted, comma): try endCell()
                case (.fieldStart, _), (.unquoted, _):
                    guard byte != quote else {
                        throw EventRecordError("field \(cells.count + 1): a quote inside a field that is not quoted")
                    }
                    cell.append(byte)
                    state = .unquoted
                case (.quoted, quote): state = .quoteInQuoted
                case (.quoted, _): cell.append(byte)
                case (.quoteInQuoted, quote):
                    cell.append(quote)
                    state = .quoted
                case (.quoteInQuoted, _):
                    throw EventRecordError("field \(cells.count + 1): text after its closing quote")
                }
            }
            guard state != .quoted else { return nil }
            try endCell()
            defer { cells = [] }
            return cells
        }

        private mutating func endCell() throws(EventRecordError) {
            guard let text = String(validating: cell, as: UTF8.self) else {
                throw EventRecordError("field \(cells.count + 1): not valid UTF-8")
            }
            cells.append(text)
            cell = []
            state = .fieldStart
        }
    }
}
