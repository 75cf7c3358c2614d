/// A proper name in a parsed sentence: a PROPN head with the words of its name around it.
public struct ProperName: Hashable, Sendable {
    /// The name's words: 0-based indices into the sentence's words, contiguous.
    public var words: Range<Int>
    /// The 0-based index of the word the name hangs on in the tree.
    public var head: Int

    public init(words: Range<Int>, head: Int) {
        self.words = words
        self.head = head
    }
}
