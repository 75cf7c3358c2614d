/// One row of `frames.tsv`: a trigger lemma, its relation, and where its two actors sit in the tree.
public struct TriggerRow: Hashable, Sendable {
    /// The word class a trigger must have.
    public enum WordClass: String, Hashable, Sendable {
        case verb, noun
    }

    /// When the trigger's event must stand to count.
    public enum Time: String, Hashable, Sendable {
        /// Done or under way: a modal verb stops it ("will meet" is no meeting).
        case done
        /// Announced for the future with will, would or shall: a threat ("said it would boycott
        /// the summit"); done, it is an act of its own, not this relation.
        case announced
    }

    public var lemma: String
    public var wordClass: WordClass
    public var relation: RelationKind
    /// Tried in order; the first that reaches an actor gives the sources.
    public var source: [TreePath]
    /// Tried in order; the first that reaches an actor gives the targets.
    public var target: [TreePath]
    public var time: Time
    /// `FILE:LINE` of the row, which `explain` names.
    public var origin: String

    /// Whether `other` says the same as this row, wherever it was written.
    func reads(like other: TriggerRow) -> Bool {
        (lemma, wordClass, relation, source, target, time) == (other.lemma, other.wordClass, other.relation, other.source, other.target, other.time)
    }
}
