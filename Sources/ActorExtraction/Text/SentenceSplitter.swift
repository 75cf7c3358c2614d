/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) before a capitalised
/// word, a quote or a digit; at an empty line; and at a line break unless the next line carries on
/// in lowercase. Abbreviations keep their period inside the word (see `Tokenizer`), so "U.S. troops"
/// does not end a sentence. Very long sentences are cut at `maximumTokens`.
public struct SentenceSplitter: Sendable {
    public var maximumTokens: Int

    public init(maximumTokens: Int = 400) {
        self.maximumTokens = maximumTokens
    }

    public func sentences(from tokens: [Token]) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        func flush(upTo end: Int) {
            guard end > start else { return }
            result.append(Sentence(index: result.count, tokens: Array(tokens[start..<end]),
                                   span: TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end)))
            start = end
        }
        var breakPending = false
        for i in tokens.indices {
            if breakPending, !Self.isCloser(tokens[i]) || tokens[i].afterNewline {
                flush(upTo: i)
                breakPending = false
            }
            if i > start, startsNewSentence(tokens[i], previous: tokens[i - 1]) { flush(upTo: i) }
            if isTerminal(tokens[i]), i + 1 < tokens.count, endsHere(after: i, in: tokens) { breakPending = true }
            if i + 1 - start >= maximumTokens { flush(upTo: i + 1) }
        }
        flush(upTo: tokens.count)
        return result
    }

    private func startsNewSentence(_ token: Token, previous: Token) -> Bool {
        if token.afterBlankLine { return true }
        guard token.afterNewline else { return false }
        // A line that carries on in lowercase, or after a comma, continues the sentence.
        if token.firstScalar.isLowercase { return false }
        return !(previous.isMark(",") || previous.isMark("-") || previous.isMark("("))
    }

    private func isTerminal(_ token: Token) -> Bool {
        token.isMark(".") || token.isMark("!") || token.isMark("?") || token.isMark("…")
    }

    /// A closing quote or bracket.
    private static func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.firstScalar {
        case "\"", "\u{201D}", "'", "\u{2019}", ")", "]": return true
        default: return false
        }
    }

    /// An opening quote or bracket.
    private static func isOpener(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.firstScalar {
        case "\"", "\u{201C}", "'", "\u{2018}", "(", "[": return true
        default: return false
        }
    }

    /// After a terminal mark at `i` (and closing quotes or brackets), a new sentence begins.
    private func endsHere(after i: Int, in tokens: [Token]) -> Bool {
        var j = i + 1
        while j < tokens.count, Self.isCloser(tokens[j]), !tokens[j].afterNewline { j += 1 }
        guard j < tokens.count else { return true }
        let next = tokens[j]
        if next.afterNewline { return true }
        if Self.isOpener(next) || next.kind == .number { return true }
        return next.isCapitalized
    }
}
