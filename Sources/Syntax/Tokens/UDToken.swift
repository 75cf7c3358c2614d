/// A token in UD English conventions, with its place in the document.
///
/// `span` holds UTF-8 offsets in the document, half-open; `form` is the text at that span (the
/// refinement never rewrites text: "can't" gives "ca" and "n't", not "can" and "not").
public struct UDToken: Hashable, Sendable {
    public var form: String
    public var span: Range<Int>

    public init(form: String, span: Range<Int>) {
        self.form = form
        self.span = span
    }
}

extension UDToken {
    /// Words for CoNLL-U: the forms, with `SpaceAfter=No` in MISC where the next token touches
    /// this one. The last token gets `SpaceAfter=No` only when `touchingNext` says so.
    public static func conlluWords(_ tokens: [UDToken], touchingNext: Bool = false) -> [SyntaxWord] {
        tokens.indices.map { i in
            let touching = i + 1 < tokens.count ? tokens[i + 1].span.lowerBound == tokens[i].span.upperBound : touchingNext
            return SyntaxWord(form: tokens[i].form, misc: touching ? "SpaceAfter=No" : "_")
        }
    }
}
