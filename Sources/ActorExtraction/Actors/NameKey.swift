import Foundation

/// Keys that make spelling variants of one name meet ("Mohammad Haneef Atmar" / "Mohammad Hanif Atmar").
enum NameKey {
    /// A loose key for a personal name: per word of five letters or more, the first letter, the first
    /// vowel after it and the remaining consonants with repeats collapsed; shorter words stay whole.
    static func person(_ words: [String]) -> String {
        words.flatMap { folded($0).split(separator: " ") }.map { loose(String($0)) }.joined(separator: " ")
    }

    /// Lowercase letters and digits only, single spaces, no diacritics.
    static func exact(_ text: String) -> String {
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
                    switch c {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out[n] = c
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[n] = c + 32
                    case UInt8(ascii: " "), UInt8(ascii: "-"): out[n] = UInt8(ascii: " ")
                    default: continue
                    }
                    n += 1
                }
                return n
            }
        }
    }

    private static func loose(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5 else { return word }
        var out = String.UnicodeScalarView([scalars[0]])
        var last = scalars[0]
        var keptVowel = isVowel(last)
        for s in scalars.dropFirst() {
            if isVowel(s) {
                if !keptVowel { out.append(s); last = s; keptVowel = true }
            } else if last != s {
                out.append(s)
                last = s
            }
        }
        return String(out)
    }

    private static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }
}
