/// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): for any configuration,
/// how many gold arcs each transition makes unreachable. The system is arc-decomposable, so the
/// cost of a transition is the number of gold arcs it rules out directly; a transition of cost 0
/// keeps the best tree still reachable within reach, wherever earlier mistakes have led.
enum DynamicOracle {
    /// The cost of every transition (one slot per class) in `c`; illegal ones get a cost too,
    /// so the caller masks them.
    static func costs(in c: ParserConfiguration, gold: GoldTree, system: TransitionSystem, into costs: inout [Int]) {
        let n = system.relations.count
        let s0 = c.stackWord(0) ?? 0
        let s1 = c.stackWord(1) ?? -1
        let b0 = c.bufferIsEmpty ? -1 : c.front
        // Children of s0 still in the buffer lose their head whichever way s0 is popped.
        var s0ChildrenInBuffer = 0
        if s0 != 0 {
            for k in c.front..<(c.count + 1) where gold.head[k] == s0 { s0ChildrenInBuffer += 1 }
        }
        let h = s0 == 0 ? -1 : gold.head[s0]
        // Shift: b0 can then only get s0 or a buffer word as head, and never a stack word as child.
        var shift = 0
        if b0 > 0 {
            let hb = gold.head[b0]
            if hb != s0, hb >= 0, hb < b0, c.isOnStack(hb) { shift += 1 }
            for k in c.stack where k != 0 && gold.head[k] == b0 { shift += 1 }
        }
        // Left: s0 loses a head in s1 or deeper in the buffer.
        let left = s0ChildrenInBuffer + ((h == s1 || h > b0 && b0 > 0) && h != b0 ? 1 : 0)
        // Right: s0 loses a head in the buffer.
        let right = s0ChildrenInBuffer + (b0 > 0 && h >= b0 ? 1 : 0)
        costs[0] = shift
        let goldRelation = s0 == 0 ? -1 : gold.relation[s0]
        for r in 0..<n {
            costs[1 + r] = left + (h == b0 && r != goldRelation ? 1 : 0)
            costs[1 + n + r] = right + (h == s1 && r != goldRelation ? 1 : 0)
        }
    }
}
