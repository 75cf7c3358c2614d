/// A gold tree in the parser's numbering: `head[w]` and `relation[w]` for words 1 … count
/// (index 0, the root, unused), relations as ids of a `TransitionSystem`.
struct GoldTree {
    let head: [Int]
    let relation: [Int]

    var count: Int { head.count - 1 }

    /// The tree of `heads` (CoNLL-U numbering, one per word) and relation ids.
    init(heads: [Int], relations: [Int]) {
        head = [-1] + heads
        relation = [-1] + relations
    }
}
