/// The static oracle of the arc-hybrid system: the one transition sequence that builds a
/// projective gold tree, arcs as early as possible.
enum StaticOracle {
    /// The gold transition in `c`: left-arc when the top's head is the buffer front, right-arc
    /// when it is the word below and the top has no child left in the buffer, else shift.
    static func transition(in c: ParserConfiguration, gold: GoldTree, system: TransitionSystem) -> Int? {
        guard let s0 = c.stackWord(0) else { return nil }
        if s0 != 0, let b0 = c.bufferWord(0), gold.head[s0] == b0 {
            return system.transition(.left, gold.relation[s0])
        }
        if s0 != 0, let s1 = c.stackWord(1), gold.head[s0] == s1,
           !(c.front..<(c.count + 1)).contains(where: { gold.head[$0] == s0 }) {
            return system.transition(.right, gold.relation[s0])
        }
        return c.bufferIsEmpty ? nil : 0
    }

    /// The transitions that build `gold` from the start, or nil when the static oracle cannot
    /// (the tree is not projective, or breaks the root rule).
    static func transitions(for gold: GoldTree, system: TransitionSystem) -> [Int]? {
        var c = ParserConfiguration(count: gold.count)
        var sequence: [Int] = []
        while !c.isTerminal {
            guard let t = transition(in: c, gold: gold, system: system), system.isLegal(t, in: c) else { return nil }
            system.apply(t, to: &c)
            sequence.append(t)
        }
        return c.head == gold.head && c.label.dropFirst() == gold.relation.dropFirst() ? sequence : nil
    }
}
