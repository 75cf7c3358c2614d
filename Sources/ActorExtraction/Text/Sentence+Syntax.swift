import Syntax

extension Sentence {
    /// The sentence's tokens in UD English conventions ("did", "n't"; "15", "-", "year"), with their
    /// UTF-8 spans in the document: what the tagger and parser read. The extraction itself keeps
    /// using `tokens`.
    public func udTokens(_ tokenizer: UDTokenizer = UDTokenizer()) -> [UDToken] {
        tokenizer.tokens(from: tokens.map { UDToken(form: $0.text, span: $0.span.start..<$0.span.end) })
    }

    /// The sentence as CoNLL-U for the tagger and parser to fill: `# sent_id = id`, `# text = …`
    /// spelled from the UD tokens (one space where the document has any whitespace, so the text
    /// and the `SpaceAfter=No` marks agree), and one word per token.
    public func conllu(id: String, tokenizer: UDTokenizer = UDTokenizer()) -> CoNLLUSentence {
        let tokens = udTokens(tokenizer)
        let words = UDToken.conlluWords(tokens)
        var text = ""
        for (token, word) in zip(tokens, words) {
            text += token.form
            if !word.noSpaceAfter { text += " " }
        }
        if text.hasSuffix(" ") { text.removeLast() }
        return CoNLLUSentence(comments: ["# sent_id = \(id)", "# text = \(text)"], words: words)
    }
}
