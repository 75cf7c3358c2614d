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
    /// `folded.hashValue`, computed once: word sets and phrase tables look the token up by it.
    public var foldedHash: Int
    public var kind: Kind
    /// UTF-8 offsets in the document.
    public var span: TextSpan
    /// A line break comes before this token.
    public var afterNewline: Bool
    /// An empty line comes before this token (a paragraph break).
    public var afterBlankLine: Bool

    /// Starts with an uppercase letter.
    public var isCapitalized: Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        return text.unicodeScalars.first!.properties.isUppercase
    }

    /// Written entirely in capitals with at least two letters ("NATO", "U.S.").
    public var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
