/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) before a capitalised
/// word, a quote or a digit, or before a lowercase word that follows the mark directly (no closing
/// quote between, not after an ellipsis or a lone letter: "it was late. we left"); at an empty
/// line; and at a line break unless the next line carries on in lowercase. Abbreviations keep their
/// period inside the word (see `Tokenizer`), so "U.S. troops" does not end a sentence; a mark
/// touching the next word ("page.asp?id=4") ends nothing. A straight quote that touches the next
/// word but not the previous one opens the next sentence. Very long sentences are cut at
/// `maximumTokens`.
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
            if breakPending, !Self.closes(tokens, at: i) || tokens[i].afterNewline {
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

    /// Token `j` closes what came before: a closing quote or bracket, except a straight quote
    /// that touches the next token and not the previous one (`. "We`), which opens.
    private static func closes(_ tokens: [Token], at j: Int) -> Bool {
        let token = tokens[j]
        guard isCloser(token) else { return false }
        guard token.isMark("\"") || token.isMark("'"), j > 0, j + 1 < tokens.count else { return true }
        let touchesPrevious = tokens[j - 1].span.end == token.span.start
        let touchesNext = tokens[j + 1].span.start == token.span.end
        return touchesPrevious || !touchesNext
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
        while j < tokens.count, Self.closes(tokens, at: j), !tokens[j].afterNewline { j += 1 }
        guard j < tokens.count else { return true }
        let next = tokens[j]
        if next.afterNewline { return true }
        if j == i + 1, next.kind != .punctuation, next.span.start == tokens[i].span.end { return false }
        if Self.isOpener(next) || next.kind == .number { return true }
        if next.kind == .word, next.firstScalar.isLowercase { return j == i + 1 && !Self.continuesLowercase(after: i, in: tokens) }
        return next.isCapitalized
    }

    /// The mark at `i` may be followed by a lowercase word within a sentence: it is part of an
    /// ellipsis, or a period after a lone letter ("p. 12", "E. coli") or an abbreviation the
    /// tokenizer does not attach ("et al. found").
    private static func continuesLowercase(after i: Int, in tokens: [Token]) -> Bool {
        let mark = tokens[i]
        if mark.isMark("…") { return true }
        guard mark.isMark("."), i > 0 else { return false }
        let previous = tokens[i - 1]
        if previous.isMark(".") || (i + 1 < tokens.count && tokens[i + 1].isMark(".")) { return true }
        guard previous.kind == .word, previous.span.end == mark.span.start else { return false }
        return previous.scalarCount == 1 || lowercaseAbbreviations.contains(previous.folded)
    }

    /// Abbreviations that a lowercase word may follow and that the tokenizer leaves apart from
    /// their period (US state names as news agencies write them among them: "Calif.", "Tenn.").
    private static let lowercaseAbbreviations: Set<String> = [
        "al", "approx", "ca", "cf", "ed", "eds", "est", "fig", "figs", "pp", "vol", "viz", "incl", "esp",
        "ave", "blvd", "bros", "pres", "univ", "assn", "govt", "intl", "natl", "dist",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "kan", "ky", "md", "mich", "minn",
        "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo",
    ]
}
