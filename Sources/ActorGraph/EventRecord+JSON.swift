import Foundation

extension EventRecord {
    /// The record as one line of JSON Lines (without the line break): an object with every
    /// `Field` in schema order; texts as strings (empty when unknown), counts and offsets as
    /// integers (`null` when unknown), aliases as an array of strings. Only `"`, `\` and control
    /// characters are escaped, so the same record always gives the same bytes.
    public var jsonLine: String {
        var out = "{"
        for (field, value) in zip(Field.allCases, fieldValues) {
            if out.utf8.count > 1 { out += "," }
            JSONText.appendQuoted(field.rawValue, to: &out)
            out += ":"
            switch value {
            case .text(let text): JSONText.appendQuoted(text, to: &out)
            case .integer(let number): out += number.map(String.init) ?? "null"
            case .list(let items):
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += "," }
                    JSONText.appendQuoted(item, to: &out)
                }
                out += "]"
            }
        }
        return out + "}"
    }

    /// Reads a record from one line of JSON Lines. Keys may come in any order and unknown keys are
    /// ignored; `null` counts as empty. Throws the first problem, worded for `FILE:LINE: reason`.
    public init(jsonLine line: some Collection<UInt8>) throws(EventRecordError) {
        guard let json = try? JSONSerialization.jsonObject(with: Data(line), options: .fragmentsAllowed) else {
            throw EventRecordError("not valid JSON")
        }
        guard let object = json as? [String: Any] else { throw EventRecordError("not a JSON object") }
        var fields: [Field: FieldValue] = [:]
        for field in Field.allCases {
            guard let raw = object[field.rawValue] else { continue }
            fields[field] = try Self.value(raw, for: field)
        }
        try self.init(fields: fields)
    }

    private static func value(_ raw: Any, for field: Field) throws(EventRecordError) -> FieldValue {
        let isNull = raw is NSNull
        switch field.kind {
        case .text:
            if isNull { return .text("") }
            guard let text = raw as? String else { throw EventRecordError("\"\(field.rawValue)\" is not a string") }
            return .text(text)
        case .integer:
            if isNull { return .integer(nil) }
            // JSON's true and false come back as numbers too, whose C type is `char`.
            guard let boxed = raw as? NSNumber, String(cString: boxed.objCType) != "c", let number = raw as? Int else {
                throw EventRecordError("\"\(field.rawValue)\" is not an integer")
            }
            return .integer(number)
        case .list:
            if isNull { return .list([]) }
            guard let items = raw as? [Any], let texts = items as? [String] else {
                throw EventRecordError("\"\(field.rawValue)\" is not an array of strings")
            }
            return .list(texts)
        }
    }
}

/// Writes JSON strings.
enum JSONText {
    /// Appends `text` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t` … or
    /// `\u00XX`; everything else, `<`, `&` and non-ASCII included, as it is.
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        var plainStart = text.unicodeScalars.startIndex
        var i = plainStart
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let s = scalars[i]
            let escape: String?
            switch s {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                escape = s.value < 0x20 ? "\\u00" + (s.value < 0x10 ? "0" : "") + String(s.value, radix: 16) : nil
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
                out += escape
                plainStart = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        out += "\""
    }
}
