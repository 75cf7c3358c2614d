import Syntax

/// Scores names against gold spans in one sentence and sorts each disagreement into a kind.
struct Review {
    var kinds = Tally()
    var examples = Tally()

    /// Titles written before names (the gold spans leave them out).
    static let titles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "gen", "gen.",
        "general", "sen", "sen.", "senator", "gov", "gov.", "governor", "king", "queen", "prince", "princess",
        "pope", "saint", "st", "st.", "secretary", "chairman", "ceo", "judge", "justice", "rep", "rep.",
        "representative", "mayor", "lord", "lady", "sir", "professor", "prof", "prof.", "chancellor", "vice",
        "ambassador", "col", "col.", "lt", "lt.", "capt", "capt.", "sgt", "sgt.", "officer", "rev", "rev.",
    ]
    static let calendar: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "jan.", "feb", "feb.", "aug", "aug.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    ]

    mutating func compare(gold: [(type: String, words: Range<Int>)], names: [ProperName], words: [SyntaxWord],
                          into score: inout Score, byType: inout [String: Score]) {
        let nameSpans = Set(names.map(\.words))
        score.gold += gold.count
        score.predicted += names.count
        for g in gold {
            byType[g.type, default: Score()].gold += 1
            if nameSpans.contains(g.words) {
                score.correct += 1
                byType[g.type, default: Score()].correct += 1
            } else {
                let overlapping = names.filter { $0.words.overlaps(g.words) }
                let kind = Self.kind(of: g, overlapping: overlapping, words: words)
                kinds.add("gold missed: " + kind)
                examples.add("\(kind) · gold \(g.type) [\(text(g.words, words))] ours \(overlapping.map { "[" + text($0.words, words) + "]" }.joined(separator: " "))")
            }
        }
        for name in names where !gold.contains(where: { $0.words.overlaps(name.words) }) {
            let first = words[name.words.lowerBound].form.lowercased()
            let kind = Self.calendar.contains(first) ? "day or month name"
                : name.words.count == 1 && Self.titles.contains(first) ? "a title word alone"
                : name.words.count == 1 && Self.isNationality(first) ? "nationality word (Americans, Iraqis)"
                : name.words.allSatisfy({ words[$0].form.uppercased() == words[$0].form }) ? "all-capitals word(s)"
                : words[name.words.lowerBound].form.first?.isLowercase == true ? "lowercase word" : "other capitalised PROPN"
            kinds.add("not in gold: " + kind)
            examples.add("not in gold, \(kind) · [\(text(name.words, words))]")
        }
    }

    /// The kind of a gold span that no name matches exactly, given the names overlapping it.
    private static func kind(of g: (type: String, words: Range<Int>), overlapping: [ProperName], words: [SyntaxWord]) -> String {
        guard !overlapping.isEmpty else {
            let tags = Set(g.words.map { words[$0].upos }).sorted().joined(separator: "+")
            return "no name of ours there (gold words tagged \(tags))"
        }
        func forms(_ indices: [Int]) -> Set<String> { Set(indices.map { words[$0].form.lowercased() }) }
        if overlapping.count == 1, let p = overlapping.first, p.words.lowerBound <= g.words.lowerBound,
           p.words.upperBound >= g.words.upperBound {
            let extra = Array(p.words.lowerBound..<g.words.lowerBound) + Array(g.words.upperBound..<p.words.upperBound)
            if !forms(extra).isDisjoint(with: titles) { return "ours longer: a title word" }
            if !forms(extra).isDisjoint(with: ["of", "the"]) { return "ours longer: 'of'/'the' and the name after it" }
            if extra.allSatisfy({ ["PROPN", "PUNCT", "NUM"].contains(words[$0].upos) }) {
                return "ours longer: a longer name holds the gold one (Vietnam War, London E17, Andy Warhol Foundation)"
            }
            return "ours longer: other words (\(Set(extra.map { words[$0].upos }).sorted().joined(separator: "+")))"
        }
        if overlapping.allSatisfy({ $0.words.lowerBound >= g.words.lowerBound && $0.words.upperBound <= g.words.upperBound }) {
            let covered = Set(overlapping.flatMap { Array($0.words) })
            let missing = g.words.filter { !covered.contains($0) }
            let missingForms = forms(missing)
            if missing.contains(where: { words[$0].upos == "PART" }) { return "ours shorter: gold includes a possessive 's" }
            if missingForms.contains("the") { return "ours shorter: 'the' inside the gold name" }
            if missingForms.contains("of") { return "ours shorter: 'of' inside the gold name" }
            if missing.contains(where: { words[$0].upos == "CCONJ" }) { return "ours shorter: 'and'/'&' inside the gold name" }
            if missing.isEmpty {
                let titled = overlapping.contains { forms(Array($0.words)).isSubset(of: titles) }
                return titled ? "ours splits a title from the name" : "ours splits the name in \(overlapping.count)"
            }
            if missing.allSatisfy({ words[$0].upos == "PUNCT" }) { return "ours shorter: punctuation inside the gold name" }
            return "ours shorter: words not PROPN inside the gold name (\(Set(missing.map { words[$0].upos }).sorted().joined(separator: "+")))"
        }
        return "spans cross"
    }

    /// "americans", "iraqis", "chinese", "british": the usual endings of nationality words.
    private static func isNationality(_ word: String) -> Bool {
        ["ans", "is", "ese", "ish", "ch"].contains { word.hasSuffix($0) } && word.count > 4
    }

    private func text(_ range: Range<Int>, _ words: [SyntaxWord]) -> String {
        words[range].map(\.form).joined(separator: " ")
    }

    func print(_ n: Int) {
        kinds.print("disagreements by kind", n)
        examples.print("most frequent disagreements", n)
    }
}
