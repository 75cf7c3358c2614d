/// A sentence (or a headline, caption or other line that stands alone) and its tokens.
public struct Sentence: Hashable, Sendable {
    /// Position in the document, from 0.
    public var index: Int
    public var tokens: [Token]
    /// From the first token's start to the last token's end.
    public var span: TextSpan

    /// Most words capitalised, as in headlines: names cannot be told from ordinary words by case.
    public var isTitleCase: Bool {
        let words = tokens.filter { $0.kind == .word && $0.text.unicodeScalars.count > 3 }
        guard words.count >= 3 else { return false }
        return words.filter(\.isCapitalized).count * 10 >= words.count * 8
    }
}
