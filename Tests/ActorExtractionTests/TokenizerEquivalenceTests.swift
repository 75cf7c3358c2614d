import ActorExtraction
import Testing
import TestSupport

/// The tokenizer works on UTF-8 bytes; these tests hold it to the scalar-by-scalar tokenizer it
/// replaced (kept below as `ReferenceTokenizer`), token for token, on text made to be awkward.
@Suite("tokenizer: same tokens as the scalar reference")
struct TokenizerEquivalenceTests {
    static let pieces: [String] = [
        "Wang", "Yi", "China", "'s", "’s", "‘", "`", "s", "S", "U.S.", "U.S", "Gen.", "gen.", "Sept.", "A.", "a.",
        "al-Qaeda", "AT&T", "1,200", "3.5", "2021-07-29", "1,", ",2", "-", "‐", "‑", "–", "—", "…", ".", ",", "&",
        "'", "’", "\"", "“", "”", "(", ")", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{FEFF}",
        "\u{00A0}", "\u{2028}", "\u{0000}", "\u{0007}", "e\u{0301}", "\u{0301}", "王毅", "محمد", "٣", "²", "Ⅻ",
        "🇨🇳", "İstanbul", "ÉLYSÉE", "Straße", "ǅ", "x", "Z", "9", "don't", "rock'n'roll", "O'Brien", "example.com", "Ph.D",
    ]

    @Test("random text", arguments: 0..<8)
    func random(seed: UInt64) {
        var rng = SeededGenerator(seed: 700 + seed)
        for _ in 0..<300 {
            let count = Int.random(in: 0...40, using: &rng)
            var text = ""
            for _ in 0..<count {
                text += Self.pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { text += " " }
            }
            let tokens = Tokenizer().tokens(in: text).map {
                ReferenceToken(text: $0.text, folded: $0.folded, kind: $0.kind, span: $0.span,
                               afterNewline: $0.afterNewline, afterBlankLine: $0.afterBlankLine)
            }
            #expect(tokens == ReferenceTokenizer().tokens(in: text), "\(Array(text.unicodeScalars))")
        }
    }
}

struct ReferenceToken: Hashable {
    var text: String
    var folded: String
    var kind: Token.Kind
    var span: TextSpan
    var afterNewline: Bool
    var afterBlankLine: Bool
}

/// The tokenizer as it was before it worked on UTF-8 bytes.
private struct ReferenceTokenizer {
    static let defaultAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "co", "corp", "ltd", "dept", "prof", "rev", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    ]

    func tokens(in text: String) -> [ReferenceToken] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (i, s) in scalars.enumerated() { offsets[i + 1] = offsets[i] + UTF8.width(s) }
        var result: [ReferenceToken] = []
        result.reserveCapacity(scalars.count / 5)
        var i = 0
        var newlines = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\n" { newlines += 1; i += 1; continue }
            if s.properties.isWhitespace || s.properties.generalCategory == .control || s == "\u{FEFF}" {
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            if Self.isWordScalar(s) {
                i += 1
                while i < scalars.count {
                    let c = scalars[i]
                    if Self.isWordScalar(c) { i += 1; continue }
                    if i + 1 < scalars.count, Self.joins(c, scalars[i - 1], scalars[i + 1]) {
                        if Self.isApostrophe(c), Self.isPossessiveS(scalars, at: i + 1) { break }
                        i += 2
                        continue
                    }
                    break
                }
                kind = scalars[start..<i].allSatisfy { $0.properties.numericType != nil || $0 == "," || $0 == "." }
                    ? .number : .word
                if i < scalars.count, scalars[i] == ".", kind == .word,
                   keepsPeriod(String(String.UnicodeScalarView(scalars[start..<i]))) {
                    i += 1
                }
            } else if Self.isApostrophe(s), Self.isPossessiveS(scalars, at: i + 1) {
                i += 2
                kind = .word
            } else {
                i += 1
            }
            let text = String(String.UnicodeScalarView(scalars[start..<i]))
            result.append(ReferenceToken(
                text: text, folded: Tokenizer.fold(text), kind: kind,
                span: TextSpan(start: offsets[start], end: offsets[i]),
                afterNewline: newlines > 0, afterBlankLine: newlines > 1))
            newlines = 0
        }
        return result
    }

    private func keepsPeriod(_ word: String) -> Bool {
        if word.unicodeScalars.count == 1 { return word.unicodeScalars.first!.properties.isUppercase }
        if let dot = word.unicodeScalars.lastIndex(of: ".") {  // "U.S" + ".", not "example.com" + "."
            return word.unicodeScalars.distance(from: dot, to: word.unicodeScalars.endIndex) - 1 <= 2
        }
        return Self.defaultAbbreviations.contains(word.lowercased())
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    /// Whether `s`, between `before` and `after`, keeps one word together.
    private static func joins(_ s: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        guard isWordScalar(after) else { return false }
        switch s {
        case "-", "'", "\u{2019}", ".", "&", "\u{2010}", "\u{2011}": return true
        case ",": return before.properties.numericType != nil && after.properties.numericType != nil
        default: return false
        }
    }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    /// `'s` followed by a non-letter: a possessive, not part of the word.
    private static func isPossessiveS(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < scalars.count, scalars[i] == "s" || scalars[i] == "S" else { return false }
        return i + 1 == scalars.count || !isWordScalar(scalars[i + 1])
    }
}
