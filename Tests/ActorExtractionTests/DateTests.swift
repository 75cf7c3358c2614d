import ActorExtraction
import Testing
import TestSupport

@Suite("dates")
struct DateTests {
    private func eventDate(_ sentence: String, published: String = "2021-08-03") -> String? {
        let r = Extract.result(sentence, date: published)
        return r.events.first.flatMap { $0.date }.map { "\($0.first)..\($0.last)" }
    }

    @Test("event dates resolved against the publication date", arguments: [
        ("Japan backed Ukraine on July 16.", "2021-07-16..2021-07-16"),
        ("Since Sept. 12, Japan has backed Ukraine.", "2020-09-12..2020-09-12"),
        ("Japan backed Ukraine on Thursday.", "2021-07-29..2021-07-29"),
        ("Japan backed Ukraine last year.", "2020-01-01..2020-12-31"),
        ("Japan backed Ukraine in June 2017.", "2017-06-01..2017-06-30"),
        ("Japan backed Ukraine on 4 October 2007.", "2007-10-04..2007-10-04"),
        ("Japan backed Ukraine.", "2021-08-03..2021-08-03"),
    ])
    func resolved(_ sentence: String, _ expected: String) {
        #expect(eventDate(sentence) == expected)
    }

    @Test("no publication date and no date in the sentence leaves the relation undated")
    func undated() {
        let r = Extract.result("Japan backed Ukraine.", date: nil)
        #expect(r.events.count == 1)
        #expect(r.events.first?.date == nil)
    }

    @Test("the publication date comes from a dateline, not from a photo caption", arguments: [
        ("Headline here\n\nSoldiers at a base, March 24, 2007. (Photo)\nApril 16, 2021\n\nText.", "2021-04-16"),
        ("Headline\n\nApril 21, 2016 4:30 pm\n\nText.", "2016-04-21"),
        ("Headline\nAug 03, 2021\nText.", "2021-08-03"),
        ("Published 2020-02-29\nText.", "2020-02-29"),
        // CR LF ends lines too: the caption's date on the second line is not the dateline.
        ("Headline\r\nSoldiers at a base, March 24, 2007.\r\nApril 16, 2021\r\nText.", "2021-04-16"),
    ])
    func publication(_ text: String, _ expected: String) {
        #expect(PublicationDate().find(in: text)?.description == expected)
    }

    @Test("calendar arithmetic")
    func days() throws {
        let day = try #require(Day(iso: "2020-02-28"))
        #expect(day.adding(days: 1).description == "2020-02-29")
        #expect(day.adding(days: 2).description == "2020-03-01")
        #expect(Day(iso: "2021-02-29") == nil)
        #expect(Day(iso: "2021-7-1") == nil)
        #expect(try #require(Day(iso: "2021-07-29")).weekday == 4)
    }

    @Test("ISO days parse byte by byte as splitting at dashes and reading Int parts does", arguments: 0..<4)
    func isoBytes(seed: UInt64) {
        var rng = SeededGenerator(seed: 1700 + seed)
        let pieces = ["0", "1", "2", "9", "-", "+", " ", "é", "\u{0301}", "\r\n", "٣", "2021", "-07-", "29"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            var expected: Day?
            if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
               let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
                expected = Day(year: y, month: m, day: d)
            }
            #expect(Day(iso: text) == expected, "\(text.debugDescription)")
        }
        #expect(Day(iso: "+021-+7-29")?.description == "0021-07-29")
    }
}
