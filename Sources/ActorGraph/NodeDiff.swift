/// What became of one actor between an old and a new graph.
public struct NodeDiff: Hashable, Sendable {
    /// Whether the actor appears only in the new graph, only in the old one, or in both.
    public enum Change: String, Sendable, CaseIterable {
        case added, removed, kept
    }

    /// The actor as the new graph has it, or as the old one had it when it was removed.
    public let node: ActorNode
    public let change: Change

    /// A node diff; `nil` when the actor is in neither graph.
    init?(old: ActorNode?, new: ActorNode?) {
        switch (old, new) {
        case let (_?, new?): (node, change) = (new, .kept)
        case let (old?, nil): (node, change) = (old, .removed)
        case let (nil, new?): (node, change) = (new, .added)
        case (nil, nil): return nil
        }
    }
}
