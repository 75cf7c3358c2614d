import ActorExtraction
import ActorGraph
import Testing

@Suite("date windows")
struct DateWindowTests {
    private func day(_ text: String) -> Day? { Day(iso: text) }

    private func span(_ first: String, _ last: String) -> EventDate? {
        guard let a = day(first), let b = day(last) else { return nil }
        return EventDate(first: a, last: b)
    }

    @Test("both ends are inclusive; a dated range counts when it overlaps")
    func contains() throws {
        let window = try DateWindow(from: day("2021-01-01"), to: day("2021-06-30"))
        #expect(window.contains(span("2021-01-01", "2021-01-01")))
        #expect(window.contains(span("2021-06-30", "2021-06-30")))
        #expect(!window.contains(span("2020-12-31", "2020-12-31")))
        #expect(!window.contains(span("2021-07-01", "2021-07-01")))
        #expect(!window.contains(span("2020-01-01", "2020-12-31")))
        #expect(window.contains(span("2020-12-01", "2021-01-31")), "a month that straddles the start")
        #expect(window.contains(span("2021-06-01", "2021-12-31")), "a span that straddles the end")
        #expect(!window.contains(nil), "undated events fall outside a dated window")
    }

    @Test("open ends; the unbounded window keeps undated events")
    func openEnds() throws {
        let upTo = try DateWindow(parsing: "..2020-12-31")
        #expect(upTo.from == nil && upTo.to == day("2020-12-31"))
        #expect(upTo.contains(span("1999-01-01", "1999-01-01")))
        #expect(!upTo.contains(span("2021-01-01", "2021-01-01")))
        let since = try DateWindow(parsing: "2021-01-01..")
        #expect(since.contains(span("2030-05-05", "2030-05-05")))
        #expect(!since.contains(nil))
        let all = try DateWindow(parsing: "..")
        #expect(all == .unbounded && all.isUnbounded && all.contains(nil))
        #expect(since.description == "2021-01-01.." && upTo.description == "..2020-12-31")
    }

    @Test("a reversed window and malformed ranges are errors that say what is wrong", arguments: [
        ("2022-01-01..2021-01-01", "2022-01-01 is after 2021-01-01"),
        ("2021-01-01", "'2021-01-01' is not a range like 2021-01-01..2021-06-30 (either end may be empty)"),
        ("2021-01-01..2021-02-01..", "'2021-01-01..2021-02-01..' is not a range like 2021-01-01..2021-06-30 (either end may be empty)"),
        ("2021-02-30..", "'2021-02-30' is not a date like 2021-07-29"),
        ("..June", "'June' is not a date like 2021-07-29"),
    ])
    func errors(_ range: String, _ message: String) {
        #expect {
            try DateWindow(parsing: range)
        } throws: { error in
            (error as? DateWindowError)?.description == message
        }
    }

    @Test("filtering keeps the events in the window and counts the undated ones left out")
    func filter() throws {
        func event(_ date: EventDate?, at start: Int) -> Event {
            Event(relation: .met, source: "a", target: "b", date: date,
                  evidence: Evidence(documentID: "d", sentence: "A met B.", span: TextSpan(start: start, end: start + 8)))
        }
        let result = ExtractionResult(documentID: "d", documentDate: nil, actors: [], events: [
            event(span("2020-06-01", "2020-06-01"), at: 0), event(span("2021-03-01", "2021-03-01"), at: 10),
            event(nil, at: 20), event(nil, at: 30),
        ])
        let (kept, undated) = try DateWindow(from: day("2021-01-01")).filter(result)
        #expect(kept.events.map(\.evidence.span.start) == [10])
        #expect(undated == 2)
        let (all, none) = DateWindow.unbounded.filter(result)
        #expect(all.events.count == 4 && none == 0)
    }
}
