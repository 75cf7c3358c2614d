/// Runs of touching pieces that EWT writes as one token.
extension UDTokenizer {
    /// The end (exclusive) of the token that starts at piece `k` of `run`: `k + 1` when nothing
    /// merges.
    static func mergedEnd(_ run: ArraySlice<UDToken>, from k: Int) -> Int {
        if let end = webAddressEnd(run, from: k) ?? mailAddressEnd(run, from: k) { return end }
        let form = run[k].form
        if isDigits(form) {
            // "1980's": a decade with its 's.
            if k + 1 < run.endIndex, ["'s", "\u{2019}s"].contains(run[k + 1].form) { return k + 2 }
            for separator in [":", "/"] {
                let end = chainEnd(run, from: k, separator: separator, part: isDigits)
                if end > k + 1 { return end }
            }
        }
        if isSingleLetter(form) {
            // "w/o", "l/c": single letters joined by one slash, nothing touching after.
            let end = chainEnd(run, from: k, separator: "/", part: isSingleLetter)
            if end == k + 3, end == run.endIndex || !isWord(run[end].form) { return end }
        }
        // "'68": a year without its century.
        if ["'", "\u{2019}"].contains(form), k + 1 < run.endIndex, isDigits(run[k + 1].form), run[k + 1].form.utf8.count == 2,
           k + 2 == run.endIndex || !isWord(run[k + 2].form) {
            return k + 2
        }
        if let end = emoticonEnd(run, from: k) { return end }
        return repeatedMarkEnd(run, from: k)
    }

    /// `part separator part separator part…` from `k`.
    private static func chainEnd(_ run: ArraySlice<UDToken>, from k: Int, separator: String,
                                 part: (String) -> Bool) -> Int {
        var end = k + 1
        while end + 1 < run.endIndex, run[end].form == separator, part(run[end + 1].form) { end += 2 }
        return end
    }

    /// "http://…", "https://…", "ftp://…" or "www.…" up to the end of the run, without closing
    /// quotes, brackets or final punctuation.
    private static func webAddressEnd(_ run: ArraySlice<UDToken>, from k: Int) -> Int? {
        guard let initial = run[k].form.utf8.first, "fhw".utf8.contains(initial | 0x20) else { return nil }
        let first = run[k].form.lowercased()
        let scheme = ["http", "https", "ftp"].contains(first) && k + 2 < run.endIndex
            && run[k + 1].form == ":" && run[k + 2].form == "/"
        guard scheme || (first.hasPrefix("www.") && k + 1 < run.endIndex) else { return nil }
        var end = k + 1
        while end < run.endIndex, !closers.contains(run[end].form) { end += 1 }
        while end > k + 1, finalMarks.contains(run[end - 1].form) { end -= 1 }
        return end > k + 1 ? end : nil
    }

    /// "name.surname@example.org": words joined by `. _ - +` up to an `@` (within 32 pieces, so
    /// that a long run costs no more than a short one), then the domain.
    private static func mailAddressEnd(_ run: ArraySlice<UDToken>, from k: Int) -> Int? {
        guard isWord(run[k].form) else { return nil }
        var at = k + 1
        let limit = min(run.endIndex, k + 32)
        while at < limit, isWord(run[at].form) || mailJoiners.contains(run[at].form) { at += 1 }
        guard at + 1 < run.endIndex, run[at].form == "@", isWord(run[at + 1].form) else { return nil }
        var end = at + 2
        while end + 1 < run.endIndex, mailJoiners.contains(run[end].form), isWord(run[end + 1].form) { end += 2 }
        return end
    }

    /// ":)", ";(", ":-)" not followed by a word.
    private static func emoticonEnd(_ run: ArraySlice<UDToken>, from k: Int) -> Int? {
        guard [":", ";"].contains(run[k].form) else { return nil }
        var end = k + 1
        if end < run.endIndex, run[end].form == "-" { end += 1 }
        guard end < run.endIndex, [")", "("].contains(run[end].form) else { return nil }
        end += 1
        return end == run.endIndex || !isWord(run[end].form) ? end : nil
    }

    /// "...", "?!", "!!!" (any mix of `. ! ?`), and repeats of one mark ("--", "**", "==").
    private static func repeatedMarkEnd(_ run: ArraySlice<UDToken>, from k: Int) -> Int {
        let form = run[k].form
        var end = k + 1
        if terminalMarks.contains(form) {
            while end < run.endIndex, terminalMarks.contains(run[end].form) { end += 1 }
        } else if repeatableMarks.contains(form) {
            while end < run.endIndex, run[end].form == form { end += 1 }
        }
        return end
    }

    private static let closers: Set<String> = [")", "]", ">", "\"", "'", ",", ";", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
    private static let finalMarks: Set<String> = [".", "!", "?", ":"]
    private static let mailJoiners: Set<String> = [".", "_", "-", "+"]
    private static let terminalMarks: Set<String> = [".", "!", "?"]
    private static let repeatableMarks: Set<String> = ["-", "*", "=", "_", "~", "<", ">", "#", "+", "^", "\u{2013}", "\u{2014}"]

    /// Starts with a letter or digit.
    static func isWord(_ form: String) -> Bool {
        guard let s = form.unicodeScalars.first else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isDigits(_ form: String) -> Bool {
        !form.isEmpty && form.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    private static func isSingleLetter(_ form: String) -> Bool {
        form.utf8.count == 1 && form.utf8.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 }
    }
}
