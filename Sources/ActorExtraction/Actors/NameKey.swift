import Foundation

/// Keys that make spelling variants of one name meet.
///
/// A personal name's key is the key of each of its parts (its words, split at hyphens), so
/// "Kim Jong-un" and "Kim Jong Un" meet; an article inside a name is left out ("Bashar al-Assad",
/// "Bashar Assad"). A part's key ignores case, diacritics, doubled letters, a final "-y", "-iy" or "-yi"
/// for "-i" and "x" for "ks"; of a part of five letters or more it then keeps the first letter, the first
/// vowel after it and the remaining consonants ("Haneef" and "Hanif", "Zelensky", "Zelenskyy" and
/// "Zelenskiy" meet). The lexicon's name variants join spellings that differ beyond that
/// ("Antony", "Anthony").
enum NameKey {
    /// The key of a personal name: the keys of its parts, spaced.
    static func person(_ words: [String], variants: NameVariants) -> String {
        parts(words, variants: variants).joined(separator: " ")
    }

    /// The keys of the parts of a personal name, in order.
    static func parts(_ words: [String], variants: NameVariants) -> [String] {
        var keys: [String] = []
        keys.reserveCapacity(words.count + 1)
        var letters: [UInt8] = []
        letters.reserveCapacity(24)
        for (w, var word) in words.enumerated() {
            // "al-Assad", "Bashar al Assad": writers may leave an article out when a part follows it in
            // its word, or when it stands alone between two words; not as a first name ("Al Gore").
            // An article is held back until the next part of its word shows whether it may go.
            var count = 0
            var article: String?
            let ascii = word.withUTF8 { b -> Bool in
                guard b.allSatisfy({ $0 < 0x80 }) else { return false }
                var i = 0
                while i < b.count {
                    letters.removeAll(keepingCapacity: true)
                    while i < b.count {
                        let c = b[i]
                        i += 1
                        guard let f = foldedByte(c) else { continue }
                        if f != UInt8(ascii: " ") { letters.append(f) } else if !letters.isEmpty { break }
                    }
                    guard !letters.isEmpty else { continue }
                    let isArticle = variants.isArticle(letters)
                    respell(&letters, x: UInt8(ascii: "x"))
                    let key = variants.name(spelledAs: String(decoding: letters, as: UTF8.self))
                    count += 1
                    article = isArticle ? key : nil
                    if !isArticle { keys.append(key) }
                }
                return true
            }
            if !ascii {
                for piece in folded(word).split(separator: " ") {
                    let isArticle = variants.isArticle(piece.utf8)
                    let key = variants.name(spelledAs: spelling(piece))
                    count += 1
                    article = isArticle ? key : nil
                    if !isArticle { keys.append(key) }
                }
            }
            // An article that ends its word stays, unless it is the whole word, between two others.
            if let article, count > 1 || w == 0 || w + 1 == words.count { keys.append(article) }
        }
        return keys
    }

    /// The key of one folded part of a name, as `NameKey` describes it (without the lexicon's variants).
    static func spelling(_ part: some StringProtocol) -> String {
        var letters = part.unicodeScalars.map(\.value)
        respell(&letters, x: Unicode.Scalar("x").value)
        return String(String.UnicodeScalarView(letters.compactMap(Unicode.Scalar.init)))
    }

    /// Rewrites the letters of one folded part of a name as its key; `x` is the letter "x" in the letters' code.
    private static func respell<Letter: FixedWidthInteger>(_ letters: inout [Letter], x: Letter) {
        guard !letters.isEmpty else { return }
        let (i, y, k, s) = (Letter(0x69), Letter(0x79), Letter(0x6B), Letter(0x73))
        // "Alexei", "Aleksei"
        if letters.dropFirst().contains(x) {
            letters = letters.enumerated().flatMap { n, c in n > 0 && c == x ? [k, s] : [c] }
        }
        // "Assad", "Asad"; "Zelenskyy", "Zelensky"
        var kept = 1
        for j in 1..<letters.count where letters[j] != letters[kept - 1] {
            letters[kept] = letters[j]
            kept += 1
        }
        letters.removeLast(letters.count - kept)
        // "Zelenskiy", "Zelensky", "Zelenski"; "Yury", "Yuri"
        let n = letters.count
        if n >= 3, letters[n - 1] == y || letters[n - 1] == i, letters[n - 2] == i || letters[n - 2] == y {
            letters.removeLast()
            letters[n - 2] = i
        } else if n >= 2, letters[n - 1] == y, !isVowel(letters[n - 2]) {
            letters[n - 1] = i
        }
        if letters.count >= 5 { loosen(&letters) }
    }

    /// Loosens a long part in place: keeps its first letter, the first vowel after it, and each
    /// consonant that differs from the letter kept before it.
    private static func loosen<Letter: FixedWidthInteger>(_ letters: inout [Letter]) {
        var kept = 1
        var keptVowel = isVowel(letters[0])
        for j in 1..<letters.count {
            let c = letters[j]
            if isVowel(c) {
                guard !keptVowel else { continue }
                keptVowel = true
            } else if letters[kept - 1] == c {
                continue
            }
            letters[kept] = c
            kept += 1
        }
        letters.removeLast(letters.count - kept)
    }

    private static func isVowel<Letter: FixedWidthInteger>(_ c: Letter) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true // a e i o u y
        default: false
        }
    }

    /// Lowercase letters and digits only, single spaces, no diacritics.
    static func exact(_ text: String) -> String {
        var text = text
        let ascii = text.withUTF8 { b -> String? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                for c in b {
                    guard let f = foldedByte(c) else { continue }
                    // A space only between words.
                    if f == UInt8(ascii: " "), n == 0 || out[n - 1] == f { continue }
                    out[n] = f
                    n += 1
                }
                return n > 0 && out[n - 1] == UInt8(ascii: " ") ? n - 1 : n
            }
        }
        return ascii ?? exactByFoundation(text)
    }

    /// `exact(text)` for any text, the slow way.
    static func exactByFoundation(_ text: String) -> String {
        foldedByFoundation(text).split(separator: " ").joined(separator: " ")
    }

    /// Lowercase letters and digits without diacritics, a space for each space or hyphen.
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
}
