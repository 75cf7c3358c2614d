/// Pseudo-projective lifting (Nivre & Nilsson 2005), so that every training tree can be built by
/// the projective transition system.
///
/// Trees are head arrays: `heads[i]` is the head of word `i + 1` (1-based, 0 for the root).
/// While the tree has a non-projective arc, the shortest one (the leftmost among equals) is
/// lifted: its dependent moves up to the head of its head. Lifted words keep their relation
/// (no label encoding), so the parser learns the lifted tree and decoding does not undo it.
public enum Projectivizer {
    /// Whether `heads` is a tree: every word reaches the root without a cycle, and exactly one
    /// word hangs from the root.
    public static func isTree(_ heads: [Int]) -> Bool {
        guard heads.allSatisfy({ $0 >= 0 && $0 <= heads.count }) else { return false }
        guard heads.count(where: { $0 == 0 }) == 1 else { return false }
        for index in heads.indices {
            var node = index + 1
            var steps = 0
            while node != 0 {
                node = heads[node - 1]
                steps += 1
                if steps > heads.count { return false }
            }
        }
        return true
    }

    /// Whether `ancestor` dominates `word` (a word dominates itself) in the tree `heads`.
    static func dominates(_ ancestor: Int, _ word: Int, in heads: [Int]) -> Bool {
        var node = word
        var steps = 0
        while node != ancestor {
            if node == 0 || steps > heads.count { return false }
            node = heads[node - 1]
            steps += 1
        }
        return true
    }

    /// Whether the arc into `dependent` (1-based) is projective: its head dominates every word
    /// between the two.
    public static func isProjectiveArc(into dependent: Int, in heads: [Int]) -> Bool {
        let head = heads[dependent - 1]
        let low = min(head, dependent), high = max(head, dependent)
        guard high - low > 1 else { return true }
        return (low + 1..<high).allSatisfy { dominates(head, $0, in: heads) }
    }

    /// Whether every arc of the tree is projective.
    public static func isProjective(_ heads: [Int]) -> Bool {
        heads.indices.allSatisfy { isProjectiveArc(into: $0 + 1, in: heads) }
    }

    /// The tree with non-projective arcs lifted until it is projective. `heads` must be a tree.
    public static func projectivized(_ heads: [Int]) -> [Int] {
        var heads = heads
        while true {
            var lift: (dependent: Int, span: Int)?
            for dependent in heads.indices.map({ $0 + 1 }) where !isProjectiveArc(into: dependent, in: heads) {
                let span = abs(heads[dependent - 1] - dependent)
                if span < lift?.span ?? Int.max { lift = (dependent, span) }
            }
            guard let (dependent, _) = lift else { return heads }
            // A non-projective arc never comes from the root, which dominates every word.
            heads[dependent - 1] = heads[heads[dependent - 1] - 1]
        }
    }
}
