import Foundation

/// Keys that make spelling variants of one name meet ("Mohammad Haneef Atmar" / "Mohammad Hanif Atmar").
enum NameKey {
    /// A loose key for a personal name: per word of five letters or more, the first letter, the first
    /// vowel after it and the remaining consonants with repeats collapsed; shorter words stay whole.
    static func person(_ words: [String]) -> String {
        joinedASCII(words, loose: true) ?? personByFoundation(words)
    }

    /// Lowercase letters and digits only, single spaces, no diacritics.
    static func exact(_ text: String) -> String {
        joinedASCII(CollectionOfOne(text), loose: false) ?? exactByFoundation(text)
    }

    /// `person(words)` for any text, the slow way.
    static func personByFoundation(_ words: [String]) -> String {
        words.flatMap { folded($0).split(separator: " ") }.map { loose(String($0)) }.joined(separator: " ")
    }

    /// `exact(text)` for any text, the slow way.
    static func exactByFoundation(_ text: String) -> String {
        folded(text).split(separator: " ").joined(separator: " ")
    }

    static func folded(_ text: String) -> String {
        foldedASCII(text) ?? foldedByFoundation(text)
    }

    static func foldedByFoundation(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                out.append(s)
            } else if s == " " || s == "-" || s == "\u{2010}" || s == "\u{2011}" {
                out.append(" ")
            }
        }
        return String(out)
    }

    /// `folded(text)` for ASCII text, where Foundation's folding is plain lowercasing; `nil` otherwise.
    static func foldedASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                for c in b {
                    guard let f = foldedByte(c) else { continue }
                    out[n] = f
                    n += 1
                }
                return n
            }
        }
    }

    /// An ASCII byte as `folded` keeps it: a lowercase letter or digit, a space for a space or hyphen,
    /// `nil` for what it drops.
    private static func foldedByte(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): c
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): c + 32
        case UInt8(ascii: " "), UInt8(ascii: "-"): UInt8(ascii: " ")
        default: nil
        }
    }

    /// The words of `folded` for every text of `texts`, `loose` when asked, joined by single spaces, in one
    /// pass over the bytes; `nil` when a text is not ASCII.
    private static func joinedASCII(_ texts: some Collection<String>, loose: Bool) -> String? {
        var ascii = true
        // A word's bytes never outgrow the text's, and a space before a word comes from a separator or,
        // at the start of a text, from one byte per text.
        let capacity = texts.reduce(texts.count) { $0 + $1.utf8.count }
        let key = String(unsafeUninitializedCapacity: capacity) { out in
            var out = out
            var n = 0
            for text in texts {
                var text = text
                ascii = text.withUTF8 { b in
                    guard b.allSatisfy({ $0 < 0x80 }) else { return false }
                    // Where the word being written starts in `out`, if any.
                    var start: Int?
                    for c in b {
                        guard let f = foldedByte(c) else { continue }
                        if f == UInt8(ascii: " ") {
                            if let s = start, loose { n = loosen(&out, from: s, to: n) }
                            start = nil
                            continue
                        }
                        if start == nil {
                            if n > 0 { out[n] = UInt8(ascii: " "); n += 1 }
                            start = n
                        }
                        out[n] = f
                        n += 1
                    }
                    if let s = start, loose { n = loosen(&out, from: s, to: n) }
                    return true
                }
                guard ascii else { return 0 }
            }
            return n
        }
        return ascii ? key : nil
    }

    private static func loose(_ word: String) -> String {
        var values = word.unicodeScalars.map(\.value)
        let end = loosen(&values, from: 0, to: values.count)
        return String(String.UnicodeScalarView(values[..<end].compactMap(Unicode.Scalar.init)))
    }

    /// Loosens the word `letters[start..<end]` in place as `person` describes (a word of five letters or more
    /// keeps its first letter, the first vowel after it and each consonant that differs from the letter kept
    /// before it), returning where the loosened word ends.
    private static func loosen<Letters: MutableCollection & RandomAccessCollection>(
        _ letters: inout Letters, from start: Int, to end: Int
    ) -> Int where Letters.Index == Int, Letters.Element: FixedWidthInteger {
        guard end - start >= 5 else { return end }
        var last = letters[start]
        var keptVowel = isVowel(last)
        var n = start + 1
        for i in (start + 1)..<end {
            let s = letters[i]
            if isVowel(s) {
                guard !keptVowel else { continue }
                keptVowel = true
            } else if last == s {
                continue
            }
            letters[n] = s
            n += 1
            last = s
        }
        return n
    }

    private static func isVowel(_ s: some FixedWidthInteger) -> Bool {
        switch UInt32(truncatingIfNeeded: s) {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true // a e i o u y
        default: false
        }
    }
}
