/// Pieces that EWT writes as several tokens: hyphenated compounds and clitics.
extension UDTokenizer {
    /// `piece` cut at its hyphens ("15-year-old" → "15", "-", "year", "-", "old"), keeping the
    /// hyphen after a prefix EWT keeps ("e-mail", "non-profit") and number codes ("555-010-4477")
    /// whole; pieces with a period, `@` or `/` (host and file names) stay whole too.
    static func hyphenParts(of piece: UDToken) -> [UDToken] {
        let bytes = Array(piece.form.utf8)
        var hyphens: [(offset: Int, width: Int)] = []
        var p = 0
        while p < bytes.count {
            let b = bytes[p]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "@") || b == UInt8(ascii: "/") { return [piece] }
            if b == UInt8(ascii: "-") {
                hyphens.append((p, 1))
            } else if b == 0xE2, p + 2 < bytes.count, bytes[p + 1] == 0x80, bytes[p + 2] == 0x90 || bytes[p + 2] == 0x91 {
                hyphens.append((p, 3))  // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN
            }
            p += 1
        }
        guard !hyphens.isEmpty else { return [piece] }
        var parts: [Range<Int>] = []
        var start = 0
        for h in hyphens {
            parts.append(start..<h.offset)
            start = h.offset + h.width
        }
        parts.append(start..<bytes.count)
        guard parts.allSatisfy({ !$0.isEmpty }) else { return [piece] }
        if isNumberCode(parts.map { bytes[$0] }) { return [piece] }

        var result: [UDToken] = []
        func emit(_ range: Range<Int>) {
            result.append(UDToken(form: String(decoding: bytes[range], as: UTF8.self),
                                  span: piece.span.lowerBound + range.lowerBound..<piece.span.lowerBound + range.upperBound))
        }
        var wordStart = 0
        for (i, h) in hyphens.enumerated() {
            let before = String(decoding: bytes[parts[i]], as: UTF8.self).lowercased()
            if prefixes.contains(before), parts[i].lowerBound == wordStart { continue }
            emit(wordStart..<h.offset)
            emit(h.offset..<h.offset + h.width)
            wordStart = h.offset + h.width
        }
        emit(wordStart..<bytes.count)
        return result
    }

    /// Digits in three or more groups ("1-800-555-0199"), or a group of three or more digits and
    /// one of four ("555-0199"): telephone numbers and codes, one token in EWT. Ranges ("3-4",
    /// "1969-1970") are split.
    private static func isNumberCode(_ parts: [ArraySlice<UInt8>]) -> Bool {
        guard parts.allSatisfy({ $0.allSatisfy { $0 &- UInt8(ascii: "0") < 10 } }) else { return false }
        return parts.count >= 3 || (parts[0].count >= 3 && parts[1].count == 4)
    }

    /// Prefixes that keep their hyphen in EWT (each one whole far more often than split there).
    private static let prefixes: Set<String> = [
        "anti", "co", "counter", "cross", "e", "ex", "inter", "intra", "macro", "micro", "mid", "mis",
        "multi", "neo", "non", "over", "post", "pre", "pro", "psycho", "re", "semi", "socio", "sub",
        "ultra", "un",
    ]

    /// "40mins" → "40", "mins"; "10am" → "10", "am": ASCII digits, then two or more ASCII letters
    /// that are no ordinal suffix.
    static func numberAndUnit(_ piece: UDToken) -> (UDToken, UDToken)? {
        let bytes = Array(piece.form.utf8)
        guard let cut = bytes.firstIndex(where: { $0 &- UInt8(ascii: "0") >= 10 }), cut > 0,
              bytes.count - cut >= 2, bytes[cut...].allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 }) else { return nil }
        let unit = String(decoding: bytes[cut...], as: UTF8.self)
        guard !["st", "nd", "rd", "th"].contains(unit.lowercased()) else { return nil }
        let at = piece.span.lowerBound + cut
        return (UDToken(form: String(decoding: bytes[..<cut], as: UTF8.self), span: piece.span.lowerBound..<at),
                UDToken(form: unit, span: at..<piece.span.upperBound))
    }

    /// Appends `token` with its clitics split off: "wouldn't've" → "would", "n't", "'ve".
    static func appendClitics(of token: UDToken, to result: inout [UDToken]) {
        var clitics: [UDToken] = []
        var rest = token
        while let offset = cliticOffset(in: rest.form) {
            let cut = rest.span.lowerBound + offset
            let bytes = Array(rest.form.utf8)
            clitics.append(UDToken(form: String(decoding: bytes[offset...], as: UTF8.self), span: cut..<rest.span.upperBound))
            rest = UDToken(form: String(decoding: bytes[..<offset], as: UTF8.self), span: rest.span.lowerBound..<cut)
        }
        result.append(rest)
        result.append(contentsOf: clitics.reversed())
    }

    /// The byte offset where a final clitic starts in `form`, if it has one.
    private static func cliticOffset(in form: String) -> Int? {
        let s = Array(form.unicodeScalars)
        let n = s.count
        func lower(_ i: Int) -> Unicode.Scalar { s[i].isASCII ? Unicode.Scalar(UInt8(s[i].value) | 0x20) : s[i] }
        func isApostrophe(_ i: Int) -> Bool { s[i] == "'" || s[i] == "\u{2019}" }
        func bytes(before i: Int) -> Int { s[..<i].reduce(0) { $0 + UTF8.width($1) } }
        if n >= 4, lower(n - 3) == "n", isApostrophe(n - 2), lower(n - 1) == "t" { return bytes(before: n - 3) }
        if n >= 4, isApostrophe(n - 3) {
            let clitic = String(String.UnicodeScalarView([lower(n - 2), lower(n - 1)]))
            if clitic == "ll" || clitic == "re" || clitic == "ve" { return bytes(before: n - 3) }
        }
        if n >= 3, isApostrophe(n - 2) {
            switch lower(n - 1) {
            case "d", "s": return bytes(before: n - 2)
            case "m" where n == 3 && lower(0) == "i": return bytes(before: n - 2)
            default: break
            }
        }
        return s.count <= 8 ? unwrittenApostrophes[form.lowercased()] : nil
    }

    /// Contractions written as one word, and where EWT splits them ("cannot" → "can", "not";
    /// "dont" → "do", "nt").
    static let unwrittenApostrophes: [String: Int] = [
        "cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
        "dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "werent": 4, "arent": 3,
        "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
        "cant": 2, "wont": 2, "aint": 2, "im": 1, "ive": 1,
    ]
}
