import ActorExtraction
import Foundation

/// One line of a JSON Lines corpus: an object with `text` (required) and optional `id` (a
/// string or an integer), `date` (`YYYY-MM-DD`), `title` and `url`. Other fields are ignored;
/// `null` and empty strings count as missing.
struct JSONLRecord {
    /// Why a line is not an article.
    struct Problem: Error {
        var reason: String
    }

    private let fields: [String: Any]

    /// The article on one line. Its id is the record's `id`, else `fallbackID`; its publication
    /// date is `date` when given, else the record's.
    static func document(from line: ArraySlice<UInt8>, fallbackID: String, date: Day?) throws(Problem) -> Document {
        guard let json = try? JSONSerialization.jsonObject(with: Data(line), options: .fragmentsAllowed) else {
            throw Problem(reason: "not valid JSON")
        }
        guard let object = json as? [String: Any] else { throw Problem(reason: "not a JSON object") }
        let record = JSONLRecord(fields: object.filter { !($0.value is NSNull) })
        guard let text = try record.string("text") else { throw Problem(reason: "no \"text\" field") }
        var published: Day?
        if let value = try record.string("date") {
            guard let day = Day(iso: value) else { throw Problem(reason: "\"date\" '\(value)' is not a date like 2021-07-29") }
            published = day
        }
        let id = try record.string("id", orInteger: true) ?? fallbackID
        return Document(id: id, text: text, title: try record.string("title"), url: try record.string("url"),
                        date: date ?? published)
    }

    /// The field's text; `nil` when missing or empty; a problem when it is not a string (or, when
    /// `orInteger`, an integer).
    private func string(_ name: String, orInteger: Bool = false) throws(Problem) -> String? {
        guard let value = fields[name] else { return nil }
        if let text = value as? String { return text.isEmpty && name != "text" ? nil : text }
        if orInteger, let number = value as? Int { return String(number) }
        throw Problem(reason: "\"\(name)\" is not a string" + (orInteger ? " or an integer" : ""))
    }
}
