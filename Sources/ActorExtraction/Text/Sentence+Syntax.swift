import Syntax

extension Sentence {
    /// The sentence's tokens in UD English conventions ("did", "n't"; "15", "-", "year"), with their
    /// UTF-8 spans in the document: what the tagger and parser read. The extraction itself keeps
    /// using `tokens`.
    public func udTokens(_ tokenizer: UDTokenizer = UDTokenizer()) -> [UDToken] {
        tokenizer.tokens(from: tokens.map { UDToken(form: $0.text, span: $0.span.start..<$0.span.end) })
    }
}
