/// Splits text into words, numbers and punctuation, keeping UTF-8 offsets.
///
/// Words keep inner hyphens, apostrophes, periods and ampersands ("al-Qaeda", "U.S.", "AT&T");
/// a possessive `'s` becomes its own token so that "China's" yields "China" and "'s".
public struct Tokenizer: Sendable {
    /// Abbreviations whose final period belongs to the word ("Gen.", "Sept.").
    private let abbreviations: Set<String>

    public init(abbreviations: Set<String> = Tokenizer.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    public static let defaultAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "co", "corp", "ltd", "dept", "prof", "rev", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    ]

    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(utf8: $0) }
    }

    /// Tokenizes UTF-8 bytes (valid UTF-8, as a `String` holds), one scalar at a time; ASCII
    /// scalars are classified by their byte values, others by their Unicode properties.
    private func tokens(utf8 b: UnsafeBufferPointer<UInt8>) -> [Token] {
        let n = b.count
        var result: [Token] = []
        result.reserveCapacity(n / 5)
        var p = 0
        var newlines = 0
        while p < n {
            let (s, width) = Self.scalar(in: b, at: p)
            if s.value == 0x0A { newlines += 1; p += 1; continue }
            if Self.isSkipped(s) {
                p += width
                continue
            }
            let start = p
            var kind = Token.Kind.punctuation
            if Self.isWordScalar(s) {
                p = wordEnd(b, from: p, first: s, width: width, numeric: &kind)
            } else if Self.isApostrophe(s), Self.isPossessiveS(b, at: p + width) {
                p += width + 1
                kind = .word
            } else {
                p += width
            }
            result.append(Self.token(UnsafeBufferPointer(rebasing: b[start..<p]), kind: kind, first: s,
                                     span: TextSpan(start: start, end: p), newlines: newlines))
            newlines = 0
        }
        return result
    }

    /// The end of the word that starts with scalar `s` at `p`; `kind` becomes `.word` or `.number`.
    private func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from p: Int, first s: Unicode.Scalar, width: Int,
                         numeric kind: inout Token.Kind) -> Int {
        let n = b.count
        let start = p
        var p = p + width
        var numeric = Self.isNumberPart(s)
        var previous = s
        while p < n {
            // ASCII letters and digits, the bulk of every word, without decoding scalars.
            let byte = UInt32(b[p])
            if Self.isASCIILetter(byte) || Self.isASCIIDigit(byte) {
                numeric = numeric && Self.isASCIIDigit(byte)
                previous = Unicode.Scalar(UInt8(byte))
                p += 1
                continue
            }
            let (c, cw) = Self.scalar(in: b, at: p)
            if !c.isASCII, Self.isWordScalar(c) {
                numeric = numeric && Self.isNumberPart(c)
                previous = c
                p += cw
                continue
            }
            if p + cw < n {
                let (after, aw) = Self.scalar(in: b, at: p + cw)
                if Self.joins(c, previous, after) {
                    if Self.isApostrophe(c), Self.isPossessiveS(b, at: p + cw) { break }
                    numeric = numeric && Self.isNumberPart(c) && Self.isNumberPart(after)
                    previous = after
                    p += cw + aw
                    continue
                }
            }
            break
        }
        kind = numeric ? .number : .word
        if p < n, b[p] == UInt8(ascii: "."), kind == .word, keepsPeriod(UnsafeBufferPointer(rebasing: b[start..<p])) {
            p += 1
        }
        return p
    }

    /// The token of `bytes`: its text, and its folded form and hash, made in one pass over ASCII.
    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, kind: Token.Kind, first: Unicode.Scalar,
                              span: TextSpan, newlines: Int) -> Token {
        let text = String(decoding: bytes, as: UTF8.self)
        var folded = text
        var hash = Token.FNV.offset
        var ascii = true
        var changed = false
        for c in bytes {
            guard c < 0x80 else { ascii = false; break }
            let f = foldedASCII(c)
            changed = changed || f != c
            hash = Token.FNV.step(hash, f)
        }
        if !ascii {
            folded = fold(text)
        } else if changed {
            folded = String(unsafeUninitializedCapacity: bytes.count) { out in
                for (k, c) in bytes.enumerated() { out[k] = foldedASCII(c) }
                return bytes.count
            }
        }
        return Token(text: text, folded: folded, foldedHash: ascii ? Token.FNV.finish(hash) : Token.hash(folded),
                     kind: kind, firstScalar: first, span: span, afterNewline: newlines > 0, afterBlankLine: newlines > 1, isASCII: ascii)
    }

    /// An ASCII byte as `fold` leaves it: lowercase, with a backquote made an apostrophe.
    @inline(__always)
    private static func foldedASCII(_ c: UInt8) -> UInt8 {
        c == UInt8(ascii: "`") ? UInt8(ascii: "'") : c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 32 : c
    }

    /// The scalar starting at byte `p`, and its length in bytes.
    @inline(__always)
    private static func scalar(in b: UnsafeBufferPointer<UInt8>, at p: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[p]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let value: UInt32
        let width: Int
        if b0 < 0xE0 {
            value = UInt32(b0 & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F)
            width = 2
        } else if b0 < 0xF0 {
            value = UInt32(b0 & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F)
            width = 3
        } else {
            value = UInt32(b0 & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6
                | UInt32(b[p + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Lowercases and straightens apostrophes and dashes.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.lowercased().unicodeScalars {
            switch s {
            case "\u{2019}", "\u{2018}", "`": out.append("'")
            case "\u{2010}", "\u{2011}", "\u{2013}": out.append("-")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Whether the period after `word` belongs to it: after one capital ("A."), inside an
    /// abbreviation with periods whose last part is one or two letters ("U.S" + ".", "Ph.D" + ".",
    /// not "example.com" + "."), or after a known abbreviation ("Gen.").
    private func keepsPeriod(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else { return keepsPeriod(String(decoding: word, as: UTF8.self)) }
        if word.count == 1 { return word[0] >= UInt8(ascii: "A") && word[0] <= UInt8(ascii: "Z") }
        if let dot = word.lastIndex(of: UInt8(ascii: ".")) { return word.count - dot - 1 <= 2 }
        return abbreviations.contains(String(unsafeUninitializedCapacity: word.count) { out in
            for (k, c) in word.enumerated() { out[k] = c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 32 : c }
            return word.count
        })
    }

    /// `keepsPeriod` of non-ASCII text, where a period followed by a mark is not a period.
    private func keepsPeriod(_ word: String) -> Bool {
        if word.unicodeScalars.count == 1 { return word.unicodeScalars.first!.isUppercase }
        if let dot = word.unicodeScalars.lastIndex(of: ".") {
            return word.unicodeScalars.distance(from: dot, to: word.unicodeScalars.endIndex) - 1 <= 2
        }
        return abbreviations.contains(word.lowercased())
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isASCIILetter(s.value) || isASCIIDigit(s.value) }
        if let known = commonClass(of: s) { return known.contains(.word) }
        return isWordScalarByProperties(s)
    }

    @inline(never)
    private static func isWordScalarByProperties(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    /// Whitespace, control characters and the byte-order mark: between tokens.
    private static func isSkipped(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value <= 0x20 || s.value == 0x7F }
        if let known = commonClass(of: s) { return known.contains(.skipped) }
        return isSkippedByProperties(s)
    }

    /// What the tokenizer needs to know of a scalar.
    private struct ScalarClass: OptionSet {
        let rawValue: UInt8
        static let word = ScalarClass(rawValue: 1)
        static let skipped = ScalarClass(rawValue: 2)
    }

    /// The non-ASCII scalars news text is mostly made of: those below U+0800 (Latin, Greek,
    /// Cyrillic, Hebrew, Arabic letters; the no-break space) and general punctuation (U+2000 to
    /// U+206F: quotes, dashes, spaces, the ellipsis).
    private static let commonRanges: [ClosedRange<UInt32>] = [0x80...0x7FF, 0x2000...0x206F]

    /// The classes of the scalars in `commonRanges`, computed once from their properties, which
    /// cost hundreds of instructions a look-up.
    private static let commonClasses: [ScalarClass] = commonRanges.flatMap { range in
        range.map { value -> ScalarClass in
            let s = Unicode.Scalar(value)!
            var known: ScalarClass = []
            if isWordScalarByProperties(s) { known.insert(.word) }
            if isSkippedByProperties(s) { known.insert(.skipped) }
            return known
        }
    }

    @inline(__always)
    private static func commonClass(of s: Unicode.Scalar) -> ScalarClass? {
        let v = s.value
        if v < 0x800 { return commonClasses[Int(v - 0x80)] }
        if v &- 0x2000 < 0x70 { return commonClasses[0x780 + Int(v - 0x2000)] }
        return nil
    }

    @inline(never)
    private static func isSkippedByProperties(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.properties.generalCategory == .control || s.value == 0xFEFF
    }

    /// A digit, or a comma or period, which a number may contain ("1,200", "3.5").
    private static func isNumberPart(_ s: Unicode.Scalar) -> Bool {
        s.isNumeric || s.value == 0x2C || s.value == 0x2E
    }

    @inline(__always)
    private static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private static func isASCIIDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }

    /// Whether `s`, between `before` and `after`, keeps one word together.
    private static func joins(_ s: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        guard isWordScalar(after) else { return false }
        switch s.value {
        case 0x2D, 0x27, 0x2019, 0x2E, 0x26, 0x2010, 0x2011: return true  // - ' ’ . & ‐ ‑
        case 0x2C: return before.isNumeric && after.isNumeric  // ,
        default: return false
        }
    }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s.value == 0x27 || s.value == 0x2019 }

    /// `'s` followed by a non-letter: a possessive, not part of the word.
    private static func isPossessiveS(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        guard p < b.count, b[p] == UInt8(ascii: "s") || b[p] == UInt8(ascii: "S") else { return false }
        return p + 1 == b.count || !isWordScalar(scalar(in: b, at: p + 1).0)
    }
}
