/// One word or punctuation mark, with its place in the document.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word
        case number
        case punctuation
    }

    /// The text as written.
    public var text: String
    /// Lowercased, with typographic apostrophes made straight; what lexicons match against.
    public var folded: String
    /// `Token.hash(folded)`, computed once: word sets and phrase tables look the token up by it.
    public var foldedHash: Int
    public var kind: Kind
    /// The first scalar of `text`; a punctuation token is this one scalar.
    public var firstScalar: Unicode.Scalar
    /// UTF-8 offsets in the document.
    public var span: TextSpan
    /// A line break comes before this token.
    public var afterNewline: Bool
    /// An empty line comes before this token (a paragraph break).
    public var afterBlankLine: Bool
    /// The text is ASCII, so it has as many scalars as bytes.
    public var isASCII: Bool

    /// `text.unicodeScalars.count`, without walking ASCII text.
    public var scalarCount: Int {
        isASCII ? span.end - span.start : text.unicodeScalars.count
    }

    /// The token is the punctuation mark `mark` (cheaper than comparing `text`).
    @inline(__always)
    public func isMark(_ mark: Unicode.Scalar) -> Bool {
        kind == .punctuation && firstScalar == mark
    }

    /// The possessive "'s" (or "’s"), the only word that starts with an apostrophe.
    public var isPossessive: Bool {
        kind == .word && (firstScalar.value == 0x27 || firstScalar.value == 0x2019)
    }

    /// Starts with an uppercase letter.
    public var isCapitalized: Bool { firstScalar.isUppercase }

    /// Written entirely in capitals with at least two letters ("NATO", "U.S.").
    public var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The hash word tables key a folded word by: FNV-1a of the bytes for ASCII words, which the
    /// tokenizer computes as it folds; `hashValue` for others, which respects canonical
    /// equivalence as `==` does.
    public static func hash(_ word: String) -> Int {
        var word = word
        return word.withUTF8 { b in b.allSatisfy { $0 < 0x80 } ? asciiHash(b) : nil } ?? word.hashValue
    }

    /// FNV-1a (64-bit) of ASCII bytes.
    @inline(__always)
    static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h = FNV.offset
        for c in bytes { h = FNV.step(h, c) }
        return FNV.finish(h)
    }

    enum FNV {
        static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always)
        static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        /// Folds the high bits into the low ones, which tables use as slot numbers.
        @inline(__always)
        static func finish(_ h: UInt64) -> Int { Int(bitPattern: UInt(h ^ (h >> 32))) }
    }
}
