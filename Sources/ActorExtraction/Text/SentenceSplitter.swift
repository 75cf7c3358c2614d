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
        var current: [Token] = []
        func flush() {
            guard let first = current.first, let last = current.last else { return }
            result.append(Sentence(index: result.count, tokens: current,
                                   span: TextSpan(start: first.span.start, end: last.span.end)))
            current.removeAll(keepingCapacity: true)
        }
        var breakPending = false
        for (i, token) in tokens.enumerated() {
            if breakPending, !Self.isCloser(token) || token.afterNewline {
                flush()
                breakPending = false
            }
            if !current.isEmpty, startsNewSentence(token, previous: tokens[i - 1]) { flush() }
            current.append(token)
            if isTerminal(token), i + 1 < tokens.count, endsHere(after: i, in: tokens) { breakPending = true }
            if current.count >= maximumTokens { flush() }
        }
        flush()
        return result
    }

    private func startsNewSentence(_ token: Token, previous: Token) -> Bool {
        if token.afterBlankLine { return true }
        guard token.afterNewline else { return false }
        // A line that carries on in lowercase, or after a comma, continues the sentence.
        if let first = token.text.unicodeScalars.first, first.properties.isLowercase { return false }
        return ![",", "-", "("].contains(previous.text)
    }

    private func isTerminal(_ token: Token) -> Bool {
        token.kind == .punctuation
            && (token.text == "." || token.text == "!" || token.text == "?" || token.text == "…")
    }

    /// Closing quotes and brackets are punctuation tokens, so other tokens need no set lookup.
    private static func isCloser(_ token: Token) -> Bool {
        token.kind == .punctuation && closers.contains(token.text)
    }

    /// After a terminal mark at `i` (and closing quotes or brackets), a new sentence begins.
    private func endsHere(after i: Int, in tokens: [Token]) -> Bool {
        var j = i + 1
        while j < tokens.count, Self.isCloser(tokens[j]), !tokens[j].afterNewline { j += 1 }
        guard j < tokens.count else { return true }
        let next = tokens[j]
        if next.afterNewline { return true }
        if Self.openers.contains(next.text) || next.kind == .number { return true }
        return next.isCapitalized
    }

    private static let closers: Set<String> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "]"]
    private static let openers: Set<String> = ["\"", "\u{201C}", "'", "\u{2018}", "(", "["]
}
