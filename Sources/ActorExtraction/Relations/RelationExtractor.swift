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
    static let auxiliaries: WordSet = [
        "also", "has", "have", "had", "is", "are", "was", "were", "then", "thus", "still", "continues", "continue",
        "continued", "to", "been",
    ]

    static let nominalHeads: WordSet = ["meeting", "meetings", "talks", "phone", "video", "telephone", "visit", "call"]

    public func relations(in sentence: Sentence, mentions: [ResolvedMention]) -> [RelationCandidate] {
        // Every relation joins actors named by mentions.
        guard !mentions.isEmpty else { return [] }
        let t = sentence.tokens
        let triggers = lexicon.triggers
        var result: [RelationCandidate] = []
        var i = 0
        while i < t.count {
            guard triggers.mayStart(with: t[i]), !Self.isCovered(i, by: mentions) else { i += 1; continue }
            let found = triggers.matches(in: t, at: i)
            guard let longest = found.first?.length else { i += 1; continue }
            result += longestRelations(found, at: i, t, mentions)
            i += longest
        }
        return unique(result)
    }

    /// Whether token `index` belongs to a mention (and so cannot start a trigger).
    private static func isCovered(_ index: Int, by mentions: [ResolvedMention]) -> Bool {
        mentions.contains { $0.mention.tokens.contains(index) }
    }

    /// The relations of the longest phrase in `found` (all starting at `i`, longest first) that
    /// yields any ("threatened to" over "threatened"); none once a modal blocks a phrase.
    private func longestRelations(_ found: [(length: Int, value: Trigger)], at i: Int, _ t: [Token],
                                  _ mentions: [ResolvedMention]) -> [RelationCandidate] {
        var group = found.startIndex
        while group < found.endIndex {
            let length = found[group].length
            let end = found[group...].firstIndex { $0.length != length } ?? found.endIndex
            let range = i..<i + length
            guard !modality.blocks(trigger: range, in: t, mentions: mentions) else { return [] }
            let relations = candidates(found[group..<end].map(\.value), range, t, mentions)
            if !relations.isEmpty { return relations }
            group = end
        }
        return []
    }

    /// Verbs that name rather than meet in "called X a …".
    static let callVerbs: WordSet = ["called", "calls"]
    /// Words that attach a phrase to an object ("X's envoy to the United States").
    static let attachingWords: WordSet = ["to", "of", "in", "at", "for"]
    /// Words that start the name given in "called X a fool", "called X \"…\"".
    static let namingStarts: WordSet = ["a", "an", "the", "\"", "\u{201C}"]

    private func candidates(_ triggers: [Trigger], _ range: Range<Int>, _ t: [Token],
                            _ mentions: [ResolvedMention]) -> [RelationCandidate] {
        let (found, owned) = objectList(after: range.upperBound, t, mentions)
        let objects = found.filter { !$0.isWeak }
        if let end = found.last?.mention.tokens.upperBound, end < t.count, Self.callVerbs.contains(t[range.upperBound - 1]) {
            // "called the Taliban a pivotal force" names, it does not meet; "called X to thank her" is courtesy.
            // "what they called China's behaviour" names too, and so does "called X's envoy to the
            // United States a fool" (the name comes after a phrase attached to the object).
            var next = end
            if Self.attachingWords.contains(t[next]),
               let attached = mentions.first(where: { $0.mention.tokens.lowerBound == next + 1 }) {
                next = attached.mention.tokens.upperBound
            }
            let naming = owned || (range.lowerBound >= 2 && t[range.lowerBound - 2].folded == "what")
                || (next < t.count && Self.namingStarts.contains(t[next]))
            if naming || modality.isCourtesy(after: end, in: t) {
                return []
            }
        }
        let nominal = Self.nominalHeads.contains(t[range.lowerBound])
        if nominal || triggers.contains(where: { $0.frame == .between }),
           modality.blocksAfter(objects.last?.mention.tokens.upperBound ?? range.upperBound, in: t) {
            return []
        }
        let subjects = (nominal && !triggers.contains(where: { $0.frame == .passive })
            ? possessor(before: range.lowerBound, t, mentions)
            : subjectList(before: range.lowerBound, t, mentions)).flatMap(\.expanded)
        var out: [RelationCandidate] = []
        func add(_ r: RelationKind, _ s: ResolvedMention, _ o: ResolvedMention) {
            guard s.actorID != o.actorID else { return }
            out.append(RelationCandidate(relation: r, source: s.actorID, target: o.actorID, trigger: range))
        }
        for trigger in triggers {
            switch trigger.frame {
            case .active:
                for s in subjects { for o in objects { add(trigger.relation, s, o) } }
            case .possessive where owned:
                for s in subjects { for o in objects { add(trigger.relation, s, o) } }
            case .possessive:
                continue
            case .passive:
                let sources = objects
                let targets = subjects.filter { !$0.isWeak }
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
        while k >= 0, Self.endsInLy(t[k]) || Self.auxiliaries.contains(t[k]) { k -= 1 }
        if k >= 0, Clause.relatives.contains(t[k]) {
            var j = k - 1
            if j >= 0, t[j].isMark(",") { j -= 1 }
            if let m = mentions.last(where: { $0.mention.tokens.upperBound == j + 1 }) { return [m] }
            return []
        }
        if k >= 0, t[k].folded == "and", let previous = verb(before: k, t, mentions) {
            // "X supports Ukraine and condemned Russia": the second verb shares the first one's subject.
            return subjectList(before: previous, t, mentions)
        }
        let start = Clause.start(before: index, in: t, mentions: mentions)
        let inClause = mentions.indices.filter {
            mentions[$0].mention.tokens.lowerBound >= start && mentions[$0].mention.tokens.upperBound <= index
        }
        guard let first = inClause.first(where: { m in
            let b = mentions[m].mention.tokens.lowerBound
            return b == 0 || !Clause.prepositions.contains(t[b - 1])
        }) else {
            return reportedSubject(clauseStart: start, index: index, t, mentions)
        }
        if case .pronoun(let p) = mentions[first].mention.kind, Self.impersonalPronouns.contains(p) {
            return reportedSubject(clauseStart: start, index: index, t, mentions)
        }
        let chosen = coordinated(from: mentions[first], limit: index, t, mentions)
        // "Japan backed Ukraine and Chile met Peru": an actor after "and", right before the verb,
        // opens a clause of its own unless it was coordinated with the subject ("Xi and Putin met").
        if let nearest = inClause.last.map({ mentions[$0] }), !chosen.contains(where: { $0.mention.tokens == nearest.mention.tokens }),
           nearest.mention.tokens.lowerBound > 0, t[nearest.mention.tokens.lowerBound - 1].folded == "and",
           index - nearest.mention.tokens.upperBound <= 3,
           t[nearest.mention.tokens.upperBound..<index].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) {
            return [nearest]
        }
        return chosen
    }

    /// Where the trigger before "and" starts, when "and" follows that trigger's object
    /// ("condemned Russia and …"), else `nil`.
    private func verb(before and: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> Int? {
        guard let object = mentions.last(where: { $0.mention.tokens.upperBound == and }) else { return nil }
        var end = object.mention.tokens.lowerBound
        while end > 0, Clause.objectFillers.contains(t[end - 1]) { end -= 1 }
        for start in stride(from: end - 1, through: max(0, end - 6), by: -1) {
            if let trigger = lexicon.triggers.longestMatch(in: t, at: start), start + trigger.length == end { return start }
        }
        return nil
    }

    /// "Washington says it will …": a subject pronoun right after a reporting verb is the reporter.
    private func reportedSubject(clauseStart: Int, index: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var verb = clauseStart - 1
        if verb > 0, t[verb].folded == "that" { verb -= 1 }
        guard verb > 0, Clause.reporting.contains(t[verb]),
              clauseStart < index, Self.subjectPronouns.contains(t[clauseStart]) else { return [] }
        return subjectList(before: verb, t, mentions)
    }

    /// Pronoun subjects that may stand for the reporter of a reporting verb.
    static let subjectPronouns: WordSet = ["it", "they", "he", "she"]
    /// Pronouns of states and groups, which a reporting verb before them may resolve.
    static let impersonalPronouns: WordSet = ["it", "they", "its", "their"]
    /// Words between an owner and its meeting ("his first phone meeting with").
    static let meetingModifiers: WordSet = [
        "first", "second", "latest", "recent", "phone", "video", "telephone", "official", "state",
    ]

    /// Whether the token's folded word ends in "ly" (an adverb, most likely), as `hasSuffix("ly")`
    /// tells, checking the last bytes first.
    static func endsInLy(_ token: Token) -> Bool {
        let bytes = token.folded.utf8
        guard bytes.last == UInt8(ascii: "y"), bytes.dropLast().last == UInt8(ascii: "l") else { return false }
        return token.folded.hasSuffix("ly")
    }

    /// The owner in "his meeting with", "Wang's talks with".
    private func possessor(before index: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var k = index - 1
        while k >= 0, Self.meetingModifiers.contains(t[k]) { k -= 1 }
        guard k >= 0 else { return [] }
        if t[k].folded == "'s", let m = mentions.last(where: { $0.mention.tokens.upperBound == k }) { return [m] }
        if let m = mentions.last(where: { $0.mention.tokens == k..<k + 1 }), case .pronoun = m.mention.kind { return [m] }
        return []
    }

    /// `first` and the actors joined to it by "and", or by commas in a list that "and" closes.
    private func coordinated(from first: ResolvedMention, limit: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var list = [first]
        var closed = 1
        var end = first.mention.tokens.upperBound
        // Indices, not elements: a mention is copied only once it joins the list.
        for m in mentions.indices where mentions[m].mention.tokens.lowerBound >= end && mentions[m].mention.tokens.upperBound <= limit {
            let tokens = mentions[m].mention.tokens
            guard let joint = Self.joint(t[end..<tokens.lowerBound]) else { break }
            list.append(mentions[m])
            if joint == .conjunction { closed = list.count }
            end = tokens.upperBound
        }
        return Array(list.prefix(closed))
    }

    /// How two coordinated actors are joined.
    enum Joint { case comma, conjunction }

    /// The joint the words `gap` form: "," (a list goes on), or "and", ", and", "as well as",
    /// "along with", "together with" (a list closes); `nil` for any other words.
    static func joint(_ gap: ArraySlice<Token>) -> Joint? {
        let first = gap.first?.folded, last = gap.last?.folded
        switch gap.count {
        case 1 where first == ",": return .comma
        case 1 where first == "and", 2 where first == "," && last == "and": return .conjunction
        case 2 where (first == "along" || first == "together") && last == "with": return .conjunction
        case 3 where first == "as" && gap[gap.startIndex + 1].folded == "well" && last == "as": return .conjunction
        default: return nil
        }
    }

    // MARK: - Objects

    /// The actor right after a trigger ending at `index`, with its coordination and "including" list;
    /// `owned` tells whether it came as an owner ("X's decision", "the efforts of X").
    private func objectList(after index: Int, _ t: [Token], _ mentions: [ResolvedMention]) -> (list: [ResolvedMention], owned: Bool) {
        var k = index
        while k < t.count, Self.endsInLy(t[k]), t[k].kind == .word, !t[k].isCapitalized { k += 1 }
        var owned = false
        var first = mentions.first { $0.mention.tokens.lowerBound == k }
        if first == nil {
            var j = k
            if index > 0, t[index - 1].folded == "to", j < t.count, t[j].kind == .word, !t[j].isCapitalized {
                // "threatened to shell Haifa", "threatened to close all borders with Kurdistan"
                j += 1
                while j < t.count, j - k < 4, Self.objectPrepositions.contains(t[j]) { j += 1 }
                first = mentions.first { $0.mention.tokens.lowerBound == j }
            } else {
                // "supports the efforts of the Afghan government"
                while j < t.count, j - k < 3, t[j].kind == .word, !t[j].isCapitalized,
                      !Self.ownerStops.contains(t[j]) { j += 1 }
                if j > k, j < t.count, t[j].folded == "of" {
                    first = mentions.first { $0.mention.tokens.lowerBound == j + 1 }
                    owned = first != nil
                }
            }
        }
        guard let head = first else { return ([], false) }
        var list = coordinated(from: head, limit: t.count, t, mentions)
        // "backed Ukraine and Chile met Peru": an actor followed by a verb of its own is the next subject.
        if let cut = list.indices.dropFirst().first(where: { i in
            let after = list[i].mention.tokens.upperBound
            return after < t.count && t[after].kind == .word && !t[after].isCapitalized
                && lexicon.triggers.longestMatch(in: t, at: after) != nil
        }) {
            list.removeSubrange(cut...)
        }
        var end = list.last!.mention.tokens.upperBound
        if (end < t.count && t[end].folded == "'s") || t[end - 1].folded == "'s" { owned = true }
        if end + 1 < t.count, t[end].isMark(","), t[end + 1].folded == "including" { end += 2 }
        else if end < t.count, t[end].folded == "including" { end += 1 }
        else { return (list, owned) }
        if let next = mentions.first(where: { $0.mention.tokens.lowerBound == end }) {
            list += coordinated(from: next, limit: t.count, t, mentions)
        }
        return (list, owned)
    }

    /// Words that end the noun phrase before an owner's "of" ("the efforts of X").
    static let ownerStops: WordSet = ["of", "to", "that", "and"]

    /// Words between "threatened to <verb>" and its object.
    static let objectPrepositions: WordSet = ["the", "a", "all", "any", "its", "their", "against", "on", "with", "from", "at", "down"]

    private func unique(_ list: [RelationCandidate]) -> [RelationCandidate] {
        guard list.count > 1 else { return list }
        var seen: Set<RelationCandidate> = []
        return list.filter { seen.insert($0).inserted }
    }
}
