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
                kinds.add("missed/wrong span: " + kind)
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

    private static func kind(of g: (type: String, words: Range<Int>), overlapping: [ProperName], words: [SyntaxWord]) -> String {
        guard !overlapping.isEmpty else {
            let tags = Set(g.words.map { words[$0].upos }).sorted().joined(separator: "+")
            return "no name found (gold words tagged \(tags))"
        }
        if overlapping.count == 1, let p = overlapping.first, p.words.lowerBound <= g.words.lowerBound,
           p.words.upperBound >= g.words.upperBound {
            let extra = Array(p.words.lowerBound..<g.words.lowerBound) + Array(g.words.upperBound..<p.words.upperBound)
            if extra.contains(where: { titles.contains(words[$0].form.lowercased()) }) { return "ours adds a title word" }
            return "ours adds words (\(Set(extra.map { words[$0].upos + "/" + words[$0].deprel }).sorted().joined(separator: " ")))"
        }
        if overlapping.allSatisfy({ $0.words.lowerBound >= g.words.lowerBound && $0.words.upperBound <= g.words.upperBound }) {
            let covered = Set(overlapping.flatMap { Array($0.words) })
            let missing = g.words.filter { !covered.contains($0) }
            let forms = Set(missing.map { words[$0].form.lowercased() })
            if forms.contains("the") { return "ours leaves out 'the' inside the name" }
            if forms.contains("of") { return "ours splits at 'of'" }
            if missing.isEmpty { return "ours splits the name in \(overlapping.count)" }
            return "ours leaves out words (\(Set(missing.map { words[$0].upos + "/" + words[$0].deprel }).sorted().joined(separator: " ")))"
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
