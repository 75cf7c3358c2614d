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

    public init(relation: RelationKind, source: String, target: String, date: EventDate?, evidence: Evidence) {
        self.relation = relation
        self.source = source
        self.target = target
        self.date = date
        self.evidence = evidence
    }
}
