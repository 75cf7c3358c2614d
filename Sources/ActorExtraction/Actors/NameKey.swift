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

    private static func loose(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 5 else { return word }
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
        var out = String.UnicodeScalarView([scalars[0]])
        var keptVowel = vowels.contains(scalars[0])
        for s in scalars.dropFirst() {
            if vowels.contains(s) {
                if !keptVowel { out.append(s); keptVowel = true }
            } else if out.last != s {
                out.append(s)
            }
        }
        return String(out)
    }
}
