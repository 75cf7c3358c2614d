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

    /// What reading a row's text gave: its cells, or the news that a quoted field goes on.
    enum Parse {
        case cells([String])
        case unfinished
    }

    /// Splits a row (its lines joined by `\n`) into cells.
    static func cells(of row: [UInt8]) throws(EventRecordError) -> Parse {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var cells: [String] = []
        var i = 0
        while true {
            var cell: [UInt8] = []
            if i < row.count, row[i] == quote {
                i += 1
                while true {
                    guard i < row.count else { return .unfinished }
                    if row[i] == quote {
                        if i + 1 < row.count, row[i + 1] == quote {
                            cell.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    cell.append(row[i])
                    i += 1
                }
                guard i == row.count || row[i] == comma else {
                    throw EventRecordError("field \(cells.count + 1): text after its closing quote")
                }
            } else {
                while i < row.count, row[i] != comma {
                    guard row[i] != quote else {
                        throw EventRecordError("field \(cells.count + 1): a quote inside a field that is not quoted")
                    }
                    cell.append(row[i])
                    i += 1
                }
            }
            guard let text = String(validating: cell, as: UTF8.self) else {
                throw EventRecordError("field \(cells.count + 1): not valid UTF-8")
            }
            cells.append(text)
            guard i < row.count else { return .cells(cells) }
            i += 1  // the comma
        }
    }
}
