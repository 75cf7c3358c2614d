/// What became of one relation (source, relation, target) between an old and a new graph.
public struct EdgeDiff: Hashable, Sendable {
    /// Whether the relation is new, gone, different in weight or dates, or the same.
    public enum Change: String, Sendable, CaseIterable {
        case added, removed, changed, unchanged
    }

    /// The relation in the old graph, if it was there.
    public let old: RelationEdge?
    /// The relation in the new graph, if it is there.
    public let new: RelationEdge?
    /// `new`, or `old` for a removed relation.
    public let edge: RelationEdge
    public let change: Change

    /// An edge diff; `nil` when the relation is in neither graph. Evidence sentences and document
    /// ids are not compared: a relation with the same weight and dates is unchanged.
    init?(old: RelationEdge?, new: RelationEdge?) {
        guard let edge = new ?? old else { return nil }
        self.old = old
        self.new = new
        self.edge = edge
        switch (old, new) {
        case let (old?, new?):
            let same = old.weight == new.weight && old.firstDate == new.firstDate && old.lastDate == new.lastDate
            change = same ? .unchanged : .changed
        case (_?, nil): change = .removed
        default: change = .added
        }
    }

    /// The larger of the old and new weights: how much evidence is at stake.
    public var strength: Double { max(old?.weight ?? 0, new?.weight ?? 0) }
}
