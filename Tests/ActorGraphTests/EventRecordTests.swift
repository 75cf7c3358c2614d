import ActorExtraction
import ActorGraph
import Testing

@Suite("event records: schema, JSON Lines and CSV")
struct EventRecordTests {
    /// A record whose texts hold everything that needs escaping somewhere.
    static let awkward = EventRecord(
        documentID: "doc \"7\"", url: "https://example.org/a?b=1&c=<2>", title: "Line one\nline two, \"quoted\"\\",
        published: Day(iso: "2021-07-29"), date: EventDate(first: Day(iso: "2021-07-01")!, last: Day(iso: "2021-07-31")!),
        relation: .warned,
        source: Actor(id: "person:ana sot", name: "Ana Soto", kind: .person, affiliation: "Chile", country: "CHL",
                      aliases: ["Soto", "A|B", "back\\slash"], mentions: 3),
        target: Actor(id: "country:PER", name: "Perú", kind: .country, mentions: 1),
        sentence: "Soto warned Perú: \"no\" <now> & \ttab, done.", sentenceSpan: TextSpan(start: 10, end: 58),
        trigger: Event.Trigger(words: "warned", span: TextSpan(start: 15, end: 21)))

    static let undated = EventRecord(
        documentID: "d", date: nil, relation: .met,
        source: Actor(id: "a", name: "A", kind: .other), target: Actor(id: "b", name: "B", kind: .group),
        sentence: "A met B.", sentenceSpan: TextSpan(start: 0, end: 8))

    @Test("the relation codes: met CONSULT/04, warned THREATEN/13, supported SUPPORT/05, and two-digit roots for all")
    func codes() {
        #expect((RelationKind.met.ploverCode, RelationKind.met.cameoRoot) == ("CONSULT", "04"))
        #expect((RelationKind.warned.ploverCode, RelationKind.warned.cameoRoot) == ("THREATEN", "13"))
        #expect((RelationKind.supported.ploverCode, RelationKind.supported.cameoRoot) == ("SUPPORT", "05"))
        #expect((RelationKind.urged.ploverCode, RelationKind.criticized.ploverCode, RelationKind.rejected.ploverCode)
            == ("REQUEST", "ACCUSE", "REJECT"))
        for relation in RelationKind.allCases {
            #expect(relation.cameoRoot.count == 2 && Int(relation.cameoRoot).map { (1...20).contains($0) } == true)
        }
    }

    @Test("JSON Lines: one line, keys in schema order, escapes only what JSON needs, reads back the same", arguments: [awkward, undated])
    func jsonRoundTrip(_ record: EventRecord) throws {
        let line = record.jsonLine
        #expect(!line.contains("\n"))
        let keys = EventRecord.Field.allCases.map { "\"\($0.rawValue)\":" }
        let positions = keys.compactMap { line.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        #expect(try EventRecord(jsonLine: Array(line.utf8)) == record)
    }

    @Test("JSON Lines writes the awkward characters as JSON expects them")
    func jsonEscapes() {
        let line = Self.awkward.jsonLine
        #expect(line.hasPrefix(#"{"schema_version":1,"document_id":"doc \"7\"","#))
        #expect(line.contains(#""document_title":"Line one\nline two, \"quoted\"\\""#))
        #expect(line.contains(#"<now> & \ttab"#))
        #expect(line.contains(#""source_aliases":["A|B","Soto","back\\slash"]"#))
        #expect(line.contains(#""event_first_day":"2021-07-01","event_last_day":"2021-07-31","relation":"warned","plover":"THREATEN","cameo":"13""#))
        #expect(Self.undated.jsonLine.contains(#""trigger":"","trigger_start":null,"trigger_end":null}"#))
    }

    @Test("CSV: a header and RFC 4180 rows (quoted line breaks, doubled quotes) that read back the same")
    func csvRoundTrip() throws {
        let text = EventRecord.csvHeader + Self.awkward.csvRow + Self.undated.csvRow
        #expect(EventRecord.csvHeader == EventRecord.Field.allCases.map(\.rawValue).joined(separator: ",") + "\r\n")
        #expect(Self.awkward.csvRow.contains("\"Line one\nline two, \"\"quoted\"\"\\\""))
        #expect(Self.awkward.csvRow.contains(",A\\|B|Soto|back\\\\slash,3,"))
        var reader = EventCSVReader()
        var records: [EventRecord] = []
        // Lines as a line reader gives them: split at LF, the CR of CRLF dropped.
        for line in Array(text.utf8).split(separator: 10, omittingEmptySubsequences: false) {
            let bytes = line.last == 13 ? line.dropLast() : line
            if case .record(let record) = try reader.read(line: bytes) { records.append(record) }
        }
        #expect(reader.finish() == nil)
        #expect(records == [Self.awkward, Self.undated])
    }

    @Test("CSV columns may come in any order, without the derived codes, with extra columns")
    func csvColumnOrder() throws {
        let fields = EventRecord.Field.allCases.filter { $0 != .plover && $0 != .cameo }
        var reader = EventCSVReader()
        _ = try reader.read(line: Array(("note," + fields.reversed().map(\.rawValue).joined(separator: ",")).utf8))
        let values = ["1", "d", "", "", "", "", "", "met", "a", "A", "other", "", "", "", "0", "b", "B", "group", "", "", "", "0",
                      "A met B.", "0", "8", "", "", ""]
        #expect(values.count == fields.count)
        let row = "x," + values.reversed().joined(separator: ",")
        guard case .record(let record) = try reader.read(line: Array(row.utf8)) else {
            Issue.record("no record")
            return
        }
        #expect(record == Self.undated)
    }

    @Test("a malformed record says why, in words fit for FILE:LINE: reason", arguments: [
        ("{", "not valid JSON"),
        ("[1]", "not a JSON object"),
        (#"{"schema_version":1}"#, "no \"relation\" field"),
        (#"{"schema_version":2}"#, "schema_version 2 is not supported (this actorgraph reads 1)"),
        (#"{"schema_version":true}"#, "\"schema_version\" is not an integer"),
    ])
    func malformedJSON(_ line: String, _ reason: String) {
        #expect(throws: EventRecordError(reason)) { try EventRecord(jsonLine: Array(line.utf8)) }
    }

    @Test("a record with a bad value names the field", arguments: [
        ("\"relation\":\"warned\"", "\"relation\":\"hugged\"", "unknown relation 'hugged'"),
        ("\"event_first_day\":\"2021-07-01\"", "\"event_first_day\":\"2021-07-41\"", "\"event_first_day\" '2021-07-41' is not a date like 2021-07-29"),
        ("\"event_first_day\":\"2021-07-01\"", "\"event_first_day\":\"2021-08-01\"", "\"event_first_day\" is after \"event_last_day\""),
        ("\"source_kind\":\"person\"", "\"source_kind\":\"alien\"", "\"source_kind\" 'alien' is not one of person, country, organization, group, other"),
        ("\"sentence_start\":10", "\"sentence_start\":99", "\"sentence_start\" 99 does not start a span that ends at 58"),
        ("\"target_id\":\"country:PER\"", "\"target_id\":\"\"", "\"target_id\" is empty"),
    ])
    func badValue(_ good: String, _ bad: String, _ reason: String) throws {
        let line = Self.awkward.jsonLine.replacingOccurrences(of: good, with: bad)
        #expect(line != Self.awkward.jsonLine)
        #expect(throws: EventRecordError(reason)) { try EventRecord(jsonLine: Array(line.utf8)) }
    }

    @Test("CSV problems: a header without the schema, a row of the wrong width, a stray quote, an open quote")
    func malformedCSV() throws {
        var reader = EventCSVReader()
        #expect(throws: EventRecordError("not an event CSV header: no \"schema_version\" column")) {
            try reader.read(line: Array("a,b".utf8))
        }
        reader = EventCSVReader()
        _ = try reader.read(line: Array(EventRecord.csvHeader.utf8.dropLast(2)))
        #expect(throws: EventRecordError("2 fields where the header has 30")) { try reader.read(line: Array("1,2".utf8)) }
        #expect(throws: EventRecordError("field 2: a quote inside a field that is not quoted")) {
            try reader.read(line: Array("1,a\"b".utf8))
        }
        guard case .unfinished = try reader.read(line: Array("1,\"open".utf8)) else {
            Issue.record("an open quote goes on to the next line")
            return
        }
        #expect(reader.finish() == [])
    }

    @Test("a quote that never closes loses its row: the lines after the row's first are handed back to read again")
    func unclosedQuote() throws {
        var reader = EventCSVReader()
        _ = try reader.read(line: Array(EventRecord.csvHeader.utf8.dropLast(2)))
        _ = try reader.read(line: Array("1,\"open".utf8))
        _ = try reader.read(line: Array("second".utf8))
        // A quote opened on an earlier line that closes before other text: a stray quote.
        guard case .unclosedQuote(let again) = try reader.read(line: Array("a,\"b\"c".utf8)) else {
            Issue.record("text after a quote that closes on a later line is a stray quote")
            return
        }
        #expect(again == [Array("second".utf8), Array("a,\"b\"c".utf8)])
        _ = try reader.read(line: Array("\"open".utf8))
        for _ in 2..<EventCSVReader.maxRowLines { _ = try reader.read(line: Array("x".utf8)) }
        guard case .unclosedQuote(let capped) = try reader.read(line: Array("x".utf8)) else {
            Issue.record("a row stops at maxRowLines lines")
            return
        }
        #expect(capped.count == EventCSVReader.maxRowLines - 1)
        #expect(reader.finish() == nil)
    }

    @Test("records of a document give the graph its extraction result gives, in any order")
    func aggregation() {
        let actors = [Self.awkward.source, Self.awkward.target]
        let events = [Self.awkward.event, Event(relation: .met, source: "country:PER", target: "person:ana sot", date: nil,
                                                evidence: Evidence(documentID: "doc \"7\"", sentence: "They met.", span: TextSpan(start: 70, end: 79)))]
        let result = ExtractionResult(documentID: "doc \"7\"", documentDate: nil, actors: actors, events: events)
        var direct = GraphAggregator(), reversed = GraphAggregator()
        direct.add(result)
        for record in EventRecord.records(of: result).reversed() { reversed.add(record) }
        #expect(direct.graph() == reversed.graph())
        #expect(direct.graph().edges.count == 2)
    }
}
