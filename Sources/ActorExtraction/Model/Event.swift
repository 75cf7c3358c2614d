/// One dated relation between two actors, with the sentence that proves it.
public struct Event: Hashable, Sendable {
    public var relation: RelationKind
    /// `Actor.id` of the actor doing it (for `met`, either side).
    public var source: String
    /// `Actor.id` of the actor it is done to.
    public var target: String
    /// The event date when known; `nil` when neither the sentence nor the document gives one.
    public var date: EventDate?
    public var evidence: Evidence
    /// The words that say what happened ("held talks with"), when known.
    public var trigger: Trigger?

    /// The phrase of a sentence that names the relation, and where it sits.
    public struct Trigger: Hashable, Sendable {
        /// The trigger's tokens as written, separated by single spaces.
        public var words: String
        /// From the first token's start to the last token's end (UTF-8 offsets in the document).
        public var span: TextSpan

        public init(words: String, span: TextSpan) {
            self.words = words
            self.span = span
        }
    }

    public init(relation: RelationKind, source: String, target: String, date: EventDate?, evidence: Evidence,
                trigger: Trigger? = nil) {
        self.relation = relation
        self.source = source
        self.target = target
        self.date = date
        self.evidence = evidence
        self.trigger = trigger
    }
}
