/// A relation found in one sentence, before dating: who did what to whom, and the trigger's tokens.
public struct RelationCandidate: Hashable, Sendable {
    public var relation: RelationKind
    public var source: String
    public var target: String
    public var trigger: Range<Int>
}
