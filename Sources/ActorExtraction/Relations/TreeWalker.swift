/// Follows `frames.tsv` paths from a trigger through one sentence's tree.
struct TreeWalker {
    let parse: ParsedSentence
    let cues: CueTable
    /// Whether the trigger is a passive verb: its `nsubj` is read as `obl:agent`, its `obj` as `nsubj:pass`.
    let passive: Bool

    /// The words `path` reaches from word `start`.
    func follow(_ path: TreePath, from start: Int) -> [Int] {
        var current = [start]
        for (k, step) in path.steps.enumerated() {
            var next: [Int] = []
            for w in current {
                switch step {
                case let .down(relation, preposition):
                    let found = down(from: w, relation, voiced: k == 0)
                    next += found.filter { preposition == nil || parse.preposition(of: $0) == preposition }.map(nearestNamed)
                case let .up(relation, lemmas):
                    // A conjunct stands where its first conjunct does: "pledged aid and support".
                    var w = w
                    while parse.words[w].deprel == "conj", let first = parse.head(w) { w = first }
                    guard let h = parse.head(w), TreePath.matches(parse.words[w].deprel, relation) else { continue }
                    if let lemmas, !accepts(lemmas, parse.lemma(h)) { continue }
                    next.append(h)
                }
            }
            current = next
            if current.isEmpty { break }
        }
        return current
    }

    /// Whether `w` is marked as a purpose or infinitive ("to meet").
    private func hasPurposeMark(_ w: Int) -> Bool {
        parse.children[w].contains { parse.words[$0].deprel == "mark" && cues.contains(parse.lemma($0), .purpose) }
    }

    /// The noun right before relative pronoun `w` (past a comma), which it refers to even when the
    /// parser hung the clause elsewhere: "ties with Pakistan, which continues to support …".
    private func antecedent(of w: Int) -> Int? {
        var k = w - 1
        if k >= 0, parse.words[k].upos == "PUNCT" { k -= 1 }
        guard k >= 0, ["PROPN", "NOUN", "PRON"].contains(parse.words[k].upos), !parse.mentionsOfWord[k].isEmpty else { return nil }
        return k
    }

    /// `w`, or the first actor's word between `w`'s preposition and `w` when the parser hung the
    /// preposition on a later word: "with the adviser Mohammad Atmar in Beijing" read as "with …
    /// Beijing". A possessive is no such word ("with his counterpart").
    private func nearestNamed(_ w: Int) -> Int {
        guard let c = parse.caseWord(of: w), c + 1 < w else { return w }
        let own = Set(parse.mentionsOfWord[w])
        return (c + 1..<w).first { k in
            !parse.mentionsOfWord[k].isEmpty && own.isDisjoint(with: parse.mentionsOfWord[k])
                && !["nmod:poss", "det", "det:poss"].contains(parse.words[k].deprel)
        } ?? w
    }

    /// Whether `head` is the word a source path of `row` climbs to from trigger `i`.
    func isClimbed(_ head: Int, from i: Int, by row: TriggerRow) -> Bool {
        guard parse.head(i) == head else { return false }
        return row.source.contains { path in
            guard case let .up(relation, lemmas)? = path.steps.first, TreePath.matches(parse.words[i].deprel, relation) else { return false }
            return lemmas.map { accepts($0, parse.lemma(head)) } ?? true
        }
    }

    /// Whether a lemma set holds `lemma`, or `lemma` with the final "e" the rules may have cut
    /// from an unknown verb ("upgrad" for "upgrading").
    private func accepts(_ set: TreePath.LemmaSet, _ lemma: String) -> Bool {
        for candidate in [lemma, lemma + "e"] {
            switch set {
            case let .listed(lemmas): if lemmas.contains(candidate) { return true }
            case let .named(name): if cues.contains(candidate, set: name) { return true }
            }
        }
        return false
    }

    /// The dependents of `w` by `relation`, read for the trigger's voice when `voiced`, and with
    /// a missing subject taken from the clause the word depends on.
    private func down(from w: Int, _ relation: String, voiced: Bool) -> [Int] {
        switch (relation, voiced && passive) {
        case ("nsubj", true):
            let agents = parse.dependents(of: w, "obl:agent")
            return agents.isEmpty ? parse.dependents(of: w, "obl").filter { parse.preposition(of: $0) == "by" } : agents
        case ("obj", true):
            return subject(of: w, "nsubj:pass")
        case ("nsubj", false), ("nsubj:pass", _):
            return subject(of: w, relation)
        case ("nmod:poss", _):
            // "the proposal of Pakistan" is Pakistan's proposal; "the invasion of Ukraine" is not
            // Ukraine's. "The OPCW visit" is the OPCW's; "a UN resolution" is only of a kind.
            let owners = parse.dependents(of: w, relation)
            guard owners.isEmpty else { return owners }
            if cues.contains(parse.lemma(w), set: "stance") {
                let of = parse.dependents(of: w, "nmod").filter { parse.preposition(of: $0) == "of" }
                if !of.isEmpty { return of }
            }
            guard parse.children[w].contains(where: { parse.words[$0].deprel == "det" && parse.lemma($0) == "the" }) else { return [] }
            return parse.dependents(of: w, "compound").filter { parse.words[$0].upos == "PROPN" }
        default:
            return parse.dependents(of: w, relation)
        }
    }

    /// The subject of `w` by `relation`; for a relative clause, the noun it describes; for a verb
    /// with no subject of its own, the subject of the verb it is controlled by or coordinated with
    /// ("agreed to back", "arrived and met", "landed in Beijing to meet"); for a participle, the
    /// noun it describes.
    private func subject(of w: Int, _ relation: String, depth: Int = 0) -> [Int] {
        var own = parse.dependents(of: w, relation)
        // "it will continue to …" with "it" parsed as an expletive; a passive subject of a verb
        // that is not passive.
        if own.isEmpty, relation == "nsubj" { own = parse.dependents(of: w, "expl") }
        if own.isEmpty, relation == "nsubj", !parse.isPassive(w) { own = parse.dependents(of: w, "nsubj:pass") }
        // A clause has one subject: two subjects joined by "and" are the parser's reading of a
        // coordinated one ("ministers from A, B, and C met", "representatives of A and B have engaged").
        if own.count == 1, relation == "nsubj" || relation == "nsubj:pass" {
            let other = relation == "nsubj" ? "nsubj:pass" : "nsubj"
            let subjects = (own + parse.dependents(of: w, other)).sorted()
            if subjects.count == 2, parse.hasWord(between: subjects[0], and: subjects[1], where: { $0.deprel == "cc" }) {
                own = subjects
            }
        } else if own.count >= 2, !parse.hasWord(between: own[0], and: own[own.count - 1], where: { $0.deprel == "cc" }) {
            // Not joined: a title or a date the parser split off ("Vice-President X on Tuesday
            // defended"); the subjects that name actors are the subject.
            let named = own.filter { !parse.mentionsOfWord[$0].isEmpty }
            if !named.isEmpty { own = named }
        }
        let deprel = parse.words[w].deprel
        if deprel == "acl", own.isEmpty, let head = parse.head(w), hasPurposeMark(w) {
            // "its commitment to support", "the EU's decision to back": the owner, or the
            // subject of the verb the noun is the object of.
            if let owner = parse.dependents(of: head, "nmod:poss").first { return [owner] }
            guard parse.words[head].deprel == "obj", let verb = parse.head(head), depth < 3 else { return [] }
            return subject(of: verb, "nsubj", depth: depth + 1)
        }
        if deprel.hasPrefix("acl") || deprel == "advcl:relcl", let head = parse.head(w) {
            if let pronoun = own.first(where: { cues.contains(parse.lemma($0), .relative) }) {
                return [antecedent(of: pronoun) ?? head]
            }
            if own.isEmpty { return [head] }
        }
        guard own.isEmpty, depth < 3, let head = parse.head(w) else { return own }
        switch deprel {
        case "xcomp", "conj":
            let inherited = subject(of: head, "nsubj", depth: depth + 1)
            return inherited.isEmpty && parse.isPassive(head) ? subject(of: head, "nsubj:pass", depth: depth + 1) : inherited
        // A participle or infinitive ("…, meeting X", "to meet X"); a finite verb has a subject of its own.
        case "advcl" where ["VBG", "VBN", "VB"].contains(parse.words[w].xpos)
            && (!parse.children[w].contains(where: { parse.words[$0].deprel == "mark" }) || hasPurposeMark(w)):
            return subject(of: head, "nsubj", depth: depth + 1)
        default:
            return own
        }
    }
}
