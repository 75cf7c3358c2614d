import Foundation

extension EventRecord {
    /// The record as one line of JSON Lines (without the line break): an object with every
    /// `Field` in schema order; texts as strings (empty when unknown), counts and offsets as
    /// integers (`null` when unknown), aliases as an array of strings. Only `"`, `\` and control
    /// characters are escaped, so the same record always gives the same bytes.
    public var jsonLine: String {
        var out: [UInt8] = []
        appendJSONLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `jsonLine`'s UTF-8 bytes to `out`.
    public func appendJSONLine(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, (field, value)) in zip(Field.allCases, fieldValues).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(field.rawValue, to: &out)
            out.append(UInt8(ascii: ":"))
            switch value {
            case .text(let text): JSONText.appendQuoted(text, to: &out)
            case .integer(let number): out.append(contentsOf: (number.map(String.init) ?? "null").utf8)
            case .list(let items):
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    JSONText.appendQuoted(item, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
        }
        out.append(UInt8(ascii: "}"))
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
    /// `\u00XX`; everything else, `<`, `&` and non-ASCII included, as it is (UTF-8).
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
