extension GraphDiff {
    /// A readable account of the diff: the counts, then the added, removed and changed relations,
    /// strongest first, each with its weight and dates.
    ///
    /// ```
    /// actors:    1 added, 1 removed, 4 kept
    /// relations: 1 added, 1 removed, 1 changed, 3 unchanged
    ///
    /// added:
    ///   + Xi Jinping met Ashraf Ghani (weight 1, 2021-07-16)
    /// removed:
    ///   - Meng Jianzhu met Mohammad Hanif Atmar (weight 2, 2016-04-18 – 2016-04-20)
    /// changed:
    ///   ~ China supported Taliban (weight 1 → 3, 2021-07-28 → 2021-07-28 – 2021-08-10)
    /// ```
    public var summary: String {
        var lines = [
            "actors:    " + NodeDiff.Change.allCases.map { "\(actorCount($0)) \($0)" }.joined(separator: ", "),
            "relations: " + EdgeDiff.Change.allCases.map { "\(relationCount($0)) \($0)" }.joined(separator: ", "),
        ]
        let sections: [(EdgeDiff.Change, String)] = [(.added, "+"), (.removed, "-"), (.changed, "~")]
        for (change, sign) in sections {
            let listed = edges.filter { $0.change == change }
                .sorted { ($1.strength, $0.edge.identity) < ($0.strength, $1.edge.identity) }
            guard !listed.isEmpty else { continue }
            lines.append(lines.count == 2 ? "\n\(change):" : "\(change):")
            lines += listed.map { "  \(sign) \(describe($0))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `China supported Taliban (weight 1 → 3, 2021-07-28)`
    private func describe(_ diff: EdgeDiff) -> String {
        let edge = diff.edge
        let heading = "\(label(of: edge.source)) \(edge.relation) \(label(of: edge.target))"
        let weight: String, dates: String
        if let old = diff.old, let new = diff.new, diff.change == .changed {
            weight = old.weight == new.weight ? new.weightText : "\(old.weightText) → \(new.weightText)"
            let (before, after) = (old.dateSpan ?? "undated", new.dateSpan ?? "undated")
            dates = before == after ? after : "\(before) → \(after)"
        } else {
            weight = edge.weightText
            dates = edge.dateSpan ?? "undated"
        }
        return "\(heading) (weight \(weight), \(dates))"
    }
}
