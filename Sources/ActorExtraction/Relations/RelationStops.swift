/// What stops a trigger from stating a relation, read from the tree with the cues of `cues.tsv`.
struct RelationStops {
    let cues: CueTable

    /// Relations through which a trigger belongs to the clause of the word above it: "refused to
    /// meet" (xcomp), "cancelled the talks" (obj), "talks were cancelled" (nsubj:pass), "talks did
    /// not take place" (nsubj of a verb of occurrence), "plans for talks" (nmod), "said he met" (ccomp).
    private static let chainRelations: Set<String> = ["obj", "iobj", "xcomp", "ccomp", "acl", "obl", "nmod", "nsubj", "nsubj:pass"]
    private static let negationRelations: Set<String> = ["advmod", "det", "mark", "case", "cc:preconj", "cc"]
    private static let modifierRelations: Set<String> = ["amod", "compound", "advmod"]

    /// The first cue that stops trigger word `i`, as "class 'word'", or `nil`. A word above the
    /// trigger that `carries` (the verb a noun trigger's row climbs to: "agreed a deal") is no governor.
    func stop(for i: Int, in parse: ParsedSentence, time: TriggerRow.Time = .done,
              carries: (Int) -> Bool = { _ in false }) -> String? {
        let chain = self.chain(from: i, in: parse)
        if time == .announced {
            // "would boycott", "vowed to expel"
            let vowed = parse.words[i].deprel == "xcomp" && parse.head(i).map { cues.contains(parse.lemma($0), .future) } == true
            guard vowed || parse.dependent(of: i, in: ["aux"], where: { cues.contains($0, .future) }) != nil else {
                return "not announced (will, would, shall, vowed to …)"
            }
        }
        for (k, w) in chain.enumerated() {
            if let c = parse.dependent(of: w, in: Self.negationRelations, where: { cues.contains($0, .negation) }) {
                return "negation '\(parse.words[c].form)'"
            }
            // "will continue to support" is support now.
            let continued = k > 0 && parse.words[chain[k - 1]].deprel == "xcomp" && cues.contains(parse.lemma(w), .continuation)
            let announced = time == .announced && k == 0
            if !continued, !announced, let c = parse.dependent(of: w, in: ["aux"], where: { cues.contains($0, .modal) }) {
                return "modal '\(parse.words[c].form)'"
            }
            if k > 0, cues.contains(parse.lemma(w), .governor), !(k == 1 && carries(w)) {
                return "governed by '\(parse.words[w].form)'"
            }
        }
        // A predicative complement names rather than acts: "called Kenya a partner".
        if parse.words[i].upos == "VERB",
           let c = parse.children[i].first(where: { parse.words[$0].deprel == "xcomp" && ["NOUN", "ADJ", "PROPN"].contains(parse.words[$0].upos) }) {
            return "naming '\(parse.words[c].form)'"
        }
        if let c = parse.children[i].first(where: { Self.modifierRelations.contains(parse.words[$0].deprel)
            && (cues.contains(parse.lemma($0), .prospect) || cues.contains(parse.words[$0].form.lowercased(), .prospect)) }) {
            return "prospect '\(parse.words[c].form)'"
        }
        if let c = parse.dependent(of: i, in: ["case"], where: { cues.contains($0, .ahead) }) {
            return "ahead '\(parse.words[c].form)'"
        }
        if parse.words[i].deprel == "advcl", let head = parse.head(i),
           parse.dependent(of: i, in: ["mark"], where: { cues.contains($0, .purpose) }) != nil,
           !cues.contains(parse.lemma(head), .travel) {
            return "purpose 'to'"
        }
        var w: Int? = i
        while let clause = w {
            if let c = parse.dependent(of: clause, in: ["mark"], where: { cues.contains($0, .condition) }) {
                return "condition '\(parse.words[c].form)'"
            }
            w = parse.head(clause)
        }
        return nil
    }

    /// The trigger and the words it hangs from through `chainRelations`.
    private func chain(from i: Int, in parse: ParsedSentence) -> [Int] {
        var chain = [i]
        var w = i
        while chain.count < 6, let head = parse.head(w), Self.links(parse.words[w].deprel) {
            // Talks that "did not end the dispute" were held; talks that "did not take place" were not.
            if parse.words[w].deprel == "nsubj", !cues.contains(parse.lemma(head), .occurrence) { break }
            chain.append(head)
            w = head
        }
        return chain
    }

    private static func links(_ deprel: String) -> Bool {
        if chainRelations.contains(deprel) { return true }
        return (deprel.hasPrefix("obl:") || deprel.hasPrefix("nmod:")) && deprel != "nmod:poss"
    }
}
