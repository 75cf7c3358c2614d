/// A sentence as the parser trains on it: forms and tags (gold or predicted), and the gold tree
/// (1-based heads, 0 for the root, relations with their subtypes as in CoNLL-U).
public struct ParserSentence: Hashable, Sendable {
    public var forms: [String]
    public var upos: [String]
    public var xpos: [String]
    public var heads: [Int]
    public var deprels: [String]

    public init(forms: [String], upos: [String], xpos: [String], heads: [Int], deprels: [String]) {
        precondition(upos.count == forms.count && xpos.count == forms.count && heads.count == forms.count
                     && deprels.count == forms.count, "one tag, head and relation per word")
        self.forms = forms
        self.upos = upos
        self.xpos = xpos
        self.heads = heads
        self.deprels = deprels
    }

    /// The words, gold tags and tree of a CoNLL-U sentence, or nil when a head is unknown (`_`).
    public init?(_ sentence: CoNLLUSentence) {
        guard sentence.words.allSatisfy({ $0.head >= 0 }) else { return nil }
        self.init(forms: sentence.words.map(\.form), upos: sentence.words.map(\.upos),
                  xpos: sentence.words.map(\.xpos), heads: sentence.words.map(\.head),
                  deprels: sentence.words.map(\.deprel))
    }

    /// The same sentence with other tags (for instance a tagger's predictions).
    public func retagged(upos: [String], xpos: [String]) -> ParserSentence {
        ParserSentence(forms: forms, upos: upos, xpos: xpos, heads: heads, deprels: deprels)
    }

    public var count: Int { forms.count }
}

/// One word's place in a parse: its head (1-based, 0 for the root) and its relation.
public struct ParsedArc: Hashable, Sendable {
    public var head: Int
    public var deprel: String

    public init(head: Int, deprel: String) {
        self.head = head
        self.deprel = deprel
    }
}
