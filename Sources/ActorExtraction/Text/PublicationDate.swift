/// Finds an article's publication date in its head.
///
/// A line near the top that holds nothing but a date (and perhaps a time or "Published"/"Updated")
/// wins, as datelines look like that; otherwise a date on one of the first three lines. Dates in
/// photo captions further down are ignored.
public struct PublicationDate: Sendable {
    public var headLines = 20

    public init() {}

    public func find(in text: String) -> Day? {
        let tokenizer = Tokenizer()
        let finder = DateFinder()
        var firstLineDate: Day?
        var seen = 0
        for line in Self.lines(of: text, limit: headLines) {
            let tokens = tokenizer.tokens(in: line)
            guard !tokens.isEmpty else { continue }
            seen += 1
            let dates = finder.dates(in: tokens, reference: nil).filter { $0.date.first == $0.date.last }
            guard let first = dates.first else { continue }
            let rest = tokens.indices.filter { !first.tokens.contains($0) }.map { tokens[$0] }
            if rest.allSatisfy(Self.isDatelineFiller) { return first.date.first }
            if seen <= 3, firstLineDate == nil { firstLineDate = first.date.first }
        }
        return firstLineDate
    }

    /// The first `limit` non-empty lines of `text`, as `text.split(separator: "\n")` gives them
    /// (a CR LF pair is one `Character`, so it does not end a line), without splitting the rest.
    static func lines(of text: String, limit: Int) -> [String] {
        var text = text
        return text.withUTF8 { b in
            var lines: [String] = []
            var start = 0
            var p = 0
            while p <= b.count, lines.count < limit {
                if p == b.count || (b[p] == UInt8(ascii: "\n") && (p == 0 || b[p - 1] != UInt8(ascii: "\r"))) {
                    if p > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<p]), as: UTF8.self)) }
                    start = p + 1
                }
                p += 1
            }
            return lines
        }
    }

    private static func isDatelineFiller(_ token: Token) -> Bool {
        if token.kind != .word { return true }
        return ["published", "updated", "posted", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "et", "on",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "at", "last",
                "date"].contains(token.folded)
    }
}
