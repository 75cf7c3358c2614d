/// The sentence that proves a relation, and where it sits.
public struct Evidence: Hashable, Sendable, Comparable {
    public var documentID: String
    /// The sentence, whitespace collapsed.
    public var sentence: String
    /// Where the sentence sits in the document (UTF-8 offsets).
    public var span: TextSpan

    public init(documentID: String, sentence: String, span: TextSpan) {
        self.documentID = documentID
        self.sentence = sentence
        self.span = span
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.documentID, lhs.span.start, lhs.span.end) < (rhs.documentID, rhs.span.start, rhs.span.end)
    }
}
