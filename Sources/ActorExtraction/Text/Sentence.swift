/// A sentence (or a headline, caption or other line that stands alone) and its tokens.
public struct Sentence: Hashable, Sendable {
    /// Position in the document, from 0.
    public var index: Int
    public var tokens: [Token]
    /// From the first token's start to the last token's end.
    public var span: TextSpan

}
