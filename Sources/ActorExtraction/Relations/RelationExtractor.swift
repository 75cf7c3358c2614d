/// Reads relations out of one sentence from its trigger phrases and resolved mentions.
///
/// For each trigger (`relations.tsv`) that no negation, future or hypothetical stops
/// (`ModalityFilter`), the subject is the first actor of the trigger's clause that is not the
/// object of a preposition (or the actor a "who"/"which" refers back to, or the owner in "his
/// meeting with"), together with any actors coordinated with it; the object is the actor right
/// after the trigger, with its own coordination and "including" list. Passive triggers swap the
/// two; "between" triggers pair the actors that follow; `met` with a plural subject and no object
/// pairs the subjects.
public struct RelationExtractor: Sendable {
    private let lexicon: Lexicon
    private let modality: ModalityFilter

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.modality = ModalityFilter(lexicon: lexicon)
    }

    /// Words that may stand between a relative pronoun and its verb ("which continues to support").
    static let auxiliaries: Set<String> = [
        "also", "has", "have", "had", "is", "are", "was", "were", "then", "thus", "still", "continues", "continue",
        "continued", "to", "been",
    ]

    static let nominalHeads: Set<String> = ["meeting", "meetings", "talks", "phone", "video", "telephone", "visit", "call"]

    public func relations(in sentence: Sentence, mentions: [ResolvedMention]) -> [RelationCandidate] {
        let t = sentence.tokens
        var covered = [Bool](repeating: false, count: t.count)
        for m in mentions { for k in m.mention.tokens where k < t.count { covered[k] = true } }
        var result: [RelationCandidate] = []
        var i = 0
        while i < t.count {
            guard !covered[i] else { i += 1; continue }
            let found = lexicon.triggers.matches(in: t, at: i)
            guard let longest = found.first?.length else { i += 1; continue }
            let range = i..<i + longest
            let triggers = found.filter { $0.length == longest }.map(\.value)
            if !modality.blocks(trigger: range, in: t) {
                result += candidates(triggers, range, t, mentions)
            }
            i += longest
        }
        return unique(result)
    }

    private func candidates(_ triggers: [Trigger], _ range: Range<Int>, _ t: [Token],
                            _ mentions: [ResolvedMention]) -> [RelationCandidate] {
        let objects = objectList(after: range.upperBound, t, mentions).filter { !$0.isWeak }
        let nominal = Self.nominalHeads.contains(t[range.lowerBound].folded)
        let subjects = nominal ? possessor(before: range.lowerBound, t, mentions) : subjectList(before: range.lowerBound, t, mentions)
        var out: [RelationCandidate] = []
        func add(_ r: RelationKind, _ s: ResolvedMention, _ o: ResolvedMention) {
            guard s.actorID != o.actorID else { return }
            out.append(RelationCandidate(relation: r, source: s.actorID, target: o.actorID, trigger: range))
        }
        for trigger in triggers {
            switch trigger.frame {
            case .active:
                for s in subjects { for o in objects { add(trigger.relation, s, o) } }
            case .passive:
                let sources = objects
                let targets = subjectList(before: range.lowerBound, t, mentions).filter { !$0.isWeak }
                for s in sources { for o in targets { add(trigger.relation, s, o) } }
            case .between:
                for (a, x) in objects.enumerated() { for y in objects[(a + 1)...] { add(trigger.relation, x, y) } }
            case .mutual:
                guard objects.isEmpty || !triggers.contains(where: { $0.frame == .active }) else { continue }
                let group = subjects.filter { !$0.isWeak }
                for (a, x) in group.enumerated() { for y in group[(a + 1)...] { add(trigger.relation, x, y) } }
            }
        }
        return out
    }

    // MARK: - Subjects

    /// The subject of the clause before `index`, with actors coordinated with it.
    private func subjectList(before index: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        // "X, who met Y": the relative pronoun's antecedent.
        var k = index - 1
        while k >= 0, t[k].folded.hasSuffix("ly") || Self.auxiliaries.contains(t[k].folded) { k -= 1 }
        if k >= 0, Clause.relatives.contains(t[k].folded) {
            var j = k - 1
            if j >= 0, t[j].text == "," { j -= 1 }
            if let m = mentions.last(where: { $0.mention.tokens.upperBound == j + 1 }) { return [m] }
            return []
        }
        let start = Clause.start(before: index, in: t)
        let inClause = mentions.filter { $0.mention.tokens.lowerBound >= start && $0.mention.tokens.upperBound <= index }
        guard let first = inClause.firstIndex(where: { m in
            let b = m.mention.tokens.lowerBound
            return b == 0 || !Clause.prepositions.contains(t[b - 1].folded)
        }) else {
            return reportedSubject(clauseStart: start, index: index, t, mentions)
        }
        if case .pronoun(let p) = inClause[first].mention.kind, ["it", "they", "its", "their"].contains(p) {
            return reportedSubject(clauseStart: start, index: index, t, mentions)
        }
        return coordinated(from: inClause[first], limit: index, t, mentions)
    }

    /// "Washington says it will …": a subject pronoun right after a reporting verb is the reporter.
    private func reportedSubject(clauseStart: Int, index: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        let verb = clauseStart - 1
        guard verb > 0, Clause.reporting.contains(t[verb].folded),
              clauseStart < index, ["it", "they", "he", "she"].contains(t[clauseStart].folded) else { return [] }
        return subjectList(before: verb, t, mentions)
    }

    /// The owner in "his meeting with", "Wang's talks with".
    private func possessor(before index: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var k = index - 1
        while k >= 0, ["first", "second", "latest", "recent", "phone", "video", "telephone", "official", "state"].contains(t[k].folded) { k -= 1 }
        guard k >= 0 else { return [] }
        if t[k].folded == "'s", let m = mentions.last(where: { $0.mention.tokens.upperBound == k }) { return [m] }
        if let m = mentions.last(where: { $0.mention.tokens == k..<k + 1 }), case .pronoun = m.mention.kind { return [m] }
        return []
    }

    /// `first` and the actors joined to it by commas and "and" before `limit`.
    private func coordinated(from first: ResolvedMention, limit: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var list = [first]
        var end = first.mention.tokens.upperBound
        for m in mentions where m.mention.tokens.lowerBound >= end && m.mention.tokens.upperBound <= limit {
            let gap = t[end..<m.mention.tokens.lowerBound].map(\.folded)
            let joined = gap == [","] || gap == ["and"] || gap == [",", "and"] || gap == ["as", "well", "as"]
                || gap == ["along", "with"] || gap == ["together", "with"]
            guard joined else { break }
            list.append(m)
            end = m.mention.tokens.upperBound
        }
        return list
    }

    // MARK: - Objects

    /// The actor right after a trigger ending at `index`, with its coordination and "including" list.
    private func objectList(after index: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var k = index
        while k < t.count, t[k].folded.hasSuffix("ly"), t[k].kind == .word, !t[k].isCapitalized { k += 1 }
        var first = mentions.first { $0.mention.tokens.lowerBound == k }
        if first == nil {
            // "supports the efforts of the Afghan government"
            var j = k
            while j < t.count, j - k < 3, Clause.objectFillers.contains(t[j].folded) || (t[j].kind == .word && !t[j].isCapitalized && !["of", "to", "that", "and"].contains(t[j].folded)) { j += 1 }
            if j > k, j < t.count, t[j].folded == "of" {
                first = mentions.first { $0.mention.tokens.lowerBound == j + 1 }
            }
        }
        guard let head = first else { return [] }
        var list = coordinated(from: head, limit: t.count, t, mentions)
        var end = list.last!.mention.tokens.upperBound
        if end + 1 < t.count, t[end].text == ",", t[end + 1].folded == "including" { end += 2 }
        else if end < t.count, t[end].folded == "including" { end += 1 }
        else { return list }
        if let next = mentions.first(where: { $0.mention.tokens.lowerBound == end }) {
            list += coordinated(from: next, limit: t.count, t, mentions)
        }
        return list
    }

    private func unique(_ list: [RelationCandidate]) -> [RelationCandidate] {
        var seen: Set<RelationCandidate> = []
        return list.filter { seen.insert($0).inserted }
    }
}
