/// Decides whether a trigger states something that happened, or only something denied, planned,
/// possible or hoped for (`modality.tsv`).
struct ModalityFilter: Sendable {
    let lexicon: Lexicon

    /// How far before a trigger a negation or modal still governs it.
    static let window = 6

    /// Whether a negation, modal, hedge or condition before the trigger at `range` keeps it from
    /// stating something that happened.
    func blocks(trigger range: Range<Int>, in t: [Token], mentions: [ResolvedMention]) -> Bool {
        let table = lexicon.modality
        let clauseStart = Clause.start(before: range.lowerBound, in: t, mentions: mentions)
        // Modal phrases of the clause before the trigger, in order.
        var classes: [(ModalityClass, Int)] = []
        var k = clauseStart
        while k < range.lowerBound {
            // A capital marks a name ("Theresa May"), not a modal, except at the sentence start.
            if k == 0 || !t[k].isCapitalized, let m = table.longestMatch(in: t, at: k) {
                classes.append((m.value, k))
                k += m.length
            } else {
                k += 1
            }
        }
        if let first = classes.first, first.0 == .hedge, first.1 <= clauseStart + 1 { return true }
        // "denied that Putin had met Lukashenko": a denial governs the clause it introduces.
        if clauseStart > 0, t[clauseStart - 1].folded == "that" {
            for k in max(0, clauseStart - 4)..<(clauseStart - 1) where table.longestMatch(in: t, at: k)?.value == .negation {
                return true
            }
        }
        if clauseStart > 0, t[clauseStart - 1].folded == "if" || t[clauseStart - 1].folded == "unless" { return true }
        let from = max(clauseStart, range.lowerBound - Self.window)
        let near = classes.drop { $0.1 < from }
        let continuing = near.contains { $0.0 == .continuation }
        for (cls, at) in near {
            switch cls {
            case .negation, .hypothetical: return true
            case .future where !continuing: return true
            case .purpose where at == range.lowerBound - 1 && !continuing:
                if !classes.contains(where: { $0.0 == .travel && $0.1 < at }) { return true }
            default: break
            }
        }
        return false
    }
}

extension ModalityFilter {
    /// For a noun trigger ("talks between A and B"), whether the words after it deny or postpone it
    /// ("… are scheduled to begin", "… never took place").
    func blocksAfter(_ index: Int, in t: [Token]) -> Bool {
        let table = lexicon.modality
        var k = index
        while k < t.count, k < index + Self.window {
            if Clause.boundaries.contains(t[k]) { return false }
            if let m = table.longestMatch(in: t, at: k) {
                switch m.value {
                case .negation, .future, .hypothetical: return true
                default: break
                }
                k += m.length
            } else {
                k += 1
            }
        }
        return false
    }
}

extension ModalityFilter {
    /// "called X (on Wednesday) to congratulate her": a courtesy call, not a meeting.
    func isCourtesy(after index: Int, in t: [Token]) -> Bool {
        for k in index..<min(index + Self.window, t.count - 1) where t[k].folded == "to" {
            return lexicon.modality.longestMatch(in: t, at: k + 1)?.value == .courtesy
        }
        return false
    }
}
