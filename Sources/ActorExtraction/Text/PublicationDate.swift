/// Finds an article's publication date in its head.
///
/// A line near the top that holds nothing but a date (and perhaps a time or "Published"/"Updated")
/// wins, as datelines look like that; otherwise a date on one of the first three lines. Dates in
/// photo captions further down are ignored. Lines are those with words on them, ended by LF or
/// CR LF.
public struct PublicationDate: Sendable {
    public var headLines = 20

    public init() {}

    public func find(in text: String) -> Day? {
        find(in: Tokenizer().tokens(in: text))
    }

    /// The publication date read from the first `headLines` lines of a document's tokens.
    public func find(in tokens: [Token]) -> Day? {
        let finder = DateFinder()
        var firstLineDate: Day?
        var seen = 0
        var start = 0
        while start < tokens.count, seen < headLines {
            var end = start + 1
            while end < tokens.count, !tokens[end].afterNewline { end += 1 }
            let line = Array(tokens[start..<end])
            start = end
            seen += 1
            let dates = finder.dates(in: line, reference: nil).filter { $0.date.first == $0.date.last }
            guard let first = dates.first else { continue }
            let rest = line.indices.filter { !first.tokens.contains($0) }.map { line[$0] }
            if rest.allSatisfy(Self.isDatelineFiller) { return first.date.first }
            if seen <= 3, firstLineDate == nil { firstLineDate = first.date.first }
        }
        return firstLineDate
    }

    private static func isDatelineFiller(_ token: Token) -> Bool {
        token.kind != .word || fillerWords.contains(token)
    }

    private static let fillerWords: WordSet = [
        "published", "updated", "posted", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "et", "on",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "at", "last", "date",
    ]
}
