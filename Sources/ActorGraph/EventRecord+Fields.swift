import ActorExtraction

extension EventRecord {
    /// The schema: every field of a record, in the order JSON Lines and CSV write them. The raw
    /// value is the JSON key and the CSV column name.
    public enum Field: String, CaseIterable, Sendable {
        /// Always `1` for this schema.
        case schemaVersion = "schema_version"
        case documentID = "document_id"
        case documentURL = "document_url"
        case documentTitle = "document_title"
        /// The publication date, `YYYY-MM-DD`, or empty.
        case published
        /// The first and last day of the event's span (the same day for a dated event), or empty.
        case eventFirstDay = "event_first_day"
        case eventLastDay = "event_last_day"
        /// `met`, `warned`, `supported`, `urged`, `criticized`, `assured`, `agreed` or `rejected`.
        case relation
        /// `RelationKind.ploverCode` and `RelationKind.cameoRoot`: written, not read back.
        case plover
        case cameo
        /// The source actor: canonical id (the same in every document and graph), name in this
        /// document, kind, affiliation, ISO 3166-1 alpha-3 country, other names in this document
        /// and mentions in this document.
        case sourceID = "source_id"
        case sourceLabel = "source_label"
        case sourceKind = "source_kind"
        case sourceAffiliation = "source_affiliation"
        case sourceCountry = "source_country"
        case sourceAliases = "source_aliases"
        case sourceMentions = "source_mentions"
        case targetID = "target_id"
        case targetLabel = "target_label"
        case targetKind = "target_kind"
        case targetAffiliation = "target_affiliation"
        case targetCountry = "target_country"
        case targetAliases = "target_aliases"
        case targetMentions = "target_mentions"
        /// The evidence sentence and its UTF-8 byte offsets in the document (end exclusive).
        case sentence
        case sentenceStart = "sentence_start"
        case sentenceEnd = "sentence_end"
        /// The trigger words and their UTF-8 byte offsets in the document; empty when unknown.
        case trigger
        case triggerStart = "trigger_start"
        case triggerEnd = "trigger_end"

        /// What sort of value the field holds.
        var kind: FieldValue.Kind {
            switch self {
            case .schemaVersion, .sourceMentions, .targetMentions, .sentenceStart, .sentenceEnd, .triggerStart, .triggerEnd:
                .integer
            case .sourceAliases, .targetAliases: .list
            default: .text
            }
        }
    }

    /// The record's fields in schema order.
    var fieldValues: [FieldValue] {
        Field.allCases.map(value(of:))
    }

    private func value(of field: Field) -> FieldValue {
        switch field {
        case .schemaVersion: .integer(Self.schemaVersion)
        case .documentID: .text(documentID)
        case .documentURL: .text(url)
        case .documentTitle: .text(title)
        case .published: .text(published?.description ?? "")
        case .eventFirstDay: .text(date?.first.description ?? "")
        case .eventLastDay: .text(date?.last.description ?? "")
        case .relation: .text(relation.rawValue)
        case .plover: .text(relation.ploverCode)
        case .cameo: .text(relation.cameoRoot)
        case .sourceID: .text(source.id)
        case .sourceLabel: .text(source.name)
        case .sourceKind: .text(source.kind.rawValue)
        case .sourceAffiliation: .text(source.affiliation ?? "")
        case .sourceCountry: .text(source.country ?? "")
        case .sourceAliases: .list(source.aliases.sorted())
        case .sourceMentions: .integer(source.mentions)
        case .targetID: .text(target.id)
        case .targetLabel: .text(target.name)
        case .targetKind: .text(target.kind.rawValue)
        case .targetAffiliation: .text(target.affiliation ?? "")
        case .targetCountry: .text(target.country ?? "")
        case .targetAliases: .list(target.aliases.sorted())
        case .targetMentions: .integer(target.mentions)
        case .sentence: .text(sentence)
        case .sentenceStart: .integer(sentenceSpan.start)
        case .sentenceEnd: .integer(sentenceSpan.end)
        case .trigger: .text(trigger?.words ?? "")
        case .triggerStart: .integer(trigger?.span.start)
        case .triggerEnd: .integer(trigger?.span.end)
        }
    }

    /// A record from its fields, as a codec read them; throws the first problem found.
    init(fields: [Field: FieldValue]) throws(EventRecordError) {
        let read = FieldReader(fields: fields)
        let version = try read.integer(.schemaVersion)
        guard version == Self.schemaVersion else {
            throw EventRecordError("schema_version \(version) is not supported (this actorgraph reads \(Self.schemaVersion))")
        }
        let relationName = try read.text(.relation)
        guard let relation = RelationKind(rawValue: relationName) else {
            throw EventRecordError("unknown relation '\(relationName)'")
        }
        let date: EventDate?
        switch (try read.day(.eventFirstDay), try read.day(.eventLastDay)) {
        case (nil, nil): date = nil
        case let (first?, last?) where first <= last: date = EventDate(first: first, last: last)
        case (_?, _?): throw EventRecordError("\"event_first_day\" is after \"event_last_day\"")
        default: throw EventRecordError("give both \"event_first_day\" and \"event_last_day\", or neither")
        }
        let words = try read.text(.trigger)
        let trigger: Event.Trigger?
        switch (try read.optionalInteger(.triggerStart), try read.optionalInteger(.triggerEnd)) {
        case (nil, nil) where words.isEmpty: trigger = nil
        case let (start?, end?): trigger = Event.Trigger(words: words, span: try Self.span(start, end, .triggerStart))
        default: throw EventRecordError("\"trigger\" needs both \"trigger_start\" and \"trigger_end\"")
        }
        self.init(documentID: try read.nonEmpty(.documentID), url: try read.text(.documentURL),
                  title: try read.text(.documentTitle), published: try read.day(.published), date: date,
                  relation: relation, source: try read.actor("source"), target: try read.actor("target"),
                  sentence: try read.text(.sentence),
                  sentenceSpan: try Self.span(read.integer(.sentenceStart), read.integer(.sentenceEnd), .sentenceStart),
                  trigger: trigger)
    }

    private static func span(_ start: Int, _ end: Int, _ field: Field) throws(EventRecordError) -> TextSpan {
        guard start >= 0, start <= end else {
            throw EventRecordError("\"\(field.rawValue)\" \(start) does not start a span that ends at \(end)")
        }
        return TextSpan(start: start, end: end)
    }
}

/// A field's value as the codecs carry it: text, an integer (`nil` when empty), or a list of texts.
enum FieldValue: Hashable, Sendable {
    case text(String)
    case integer(Int?)
    case list([String])

    enum Kind: Sendable {
        case text, integer, list
    }
}

/// Reads typed fields out of a decoded record, naming the field in every problem.
private struct FieldReader {
    var fields: [EventRecord.Field: FieldValue]

    func value(_ field: EventRecord.Field) throws(EventRecordError) -> FieldValue {
        guard let value = fields[field] else { throw EventRecordError("no \"\(field.rawValue)\" field") }
        return value
    }

    func text(_ field: EventRecord.Field) throws(EventRecordError) -> String {
        guard case .text(let text) = try value(field) else { throw EventRecordError("\"\(field.rawValue)\" is not a string") }
        return text
    }

    func nonEmpty(_ field: EventRecord.Field) throws(EventRecordError) -> String {
        let text = try text(field)
        guard !text.isEmpty else { throw EventRecordError("\"\(field.rawValue)\" is empty") }
        return text
    }

    func optionalInteger(_ field: EventRecord.Field) throws(EventRecordError) -> Int? {
        guard case .integer(let number) = try value(field) else {
            throw EventRecordError("\"\(field.rawValue)\" is not an integer")
        }
        return number
    }

    func integer(_ field: EventRecord.Field) throws(EventRecordError) -> Int {
        guard let number = try optionalInteger(field) else { throw EventRecordError("\"\(field.rawValue)\" is empty") }
        return number
    }

    func day(_ field: EventRecord.Field) throws(EventRecordError) -> Day? {
        let text = try text(field)
        guard !text.isEmpty else { return nil }
        guard let day = Day(iso: text) else {
            throw EventRecordError("\"\(field.rawValue)\" '\(text)' is not a date like 2021-07-29")
        }
        return day
    }

    /// The source or target actor, from the fields that start with `side` (`source_…`, `target_…`).
    func actor(_ side: String) throws(EventRecordError) -> Actor {
        func field(_ suffix: String) throws(EventRecordError) -> EventRecord.Field {
            guard let field = EventRecord.Field(rawValue: "\(side)_\(suffix)") else {
                throw EventRecordError("no \"\(side)_\(suffix)\" field")
            }
            return field
        }
        let (id, label, kind) = (try field("id"), try field("label"), try field("kind"))
        let (affiliation, country) = (try field("affiliation"), try field("country"))
        let (aliases, mentions) = (try field("aliases"), try field("mentions"))
        let kindName = try text(kind)
        guard let actorKind = ActorKind(rawValue: kindName) else {
            throw EventRecordError("\"\(kind.rawValue)\" '\(kindName)' is not one of "
                + ActorKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard case .list(let names) = try value(aliases) else {
            throw EventRecordError("\"\(aliases.rawValue)\" is not a list of strings")
        }
        let count = try integer(mentions)
        guard count >= 0 else { throw EventRecordError("\"\(mentions.rawValue)\" is negative") }
        let affiliationName = try text(affiliation), countryCode = try text(country)
        return Actor(id: try nonEmpty(id), name: try text(label), kind: actorKind,
                     affiliation: affiliationName.isEmpty ? nil : affiliationName,
                     country: countryCode.isEmpty ? nil : countryCode, aliases: Set(names), mentions: count)
    }
}
