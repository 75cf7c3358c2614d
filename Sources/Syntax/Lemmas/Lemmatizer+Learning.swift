extension Lemmatizer {
    /// Learns base forms and exceptions from gold-lemmatised sentences: every verb, noun and
    /// adjective/adverb lemma is a known base; a (form, XPOS) pair whose most frequent lemma the
    /// rules get wrong becomes an exception.
    public static func learn(from sentences: [CoNLLUSentence]) -> Lemmatizer {
        var bases: [InflectionRules.WordClass: Set<String>] = [:]
        var lemmaCounts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words where word.lemma != "_" && !word.xpos.isEmpty {
                if let wordClass = baseClass(of: word.xpos), word.lemma.count >= 2 {
                    bases[wordClass, default: []].insert(word.lemma)
                }
                let key = Self.key(word.form, upos: word.upos, xpos: word.xpos) + "\t" + word.xpos
                lemmaCounts[key, default: [:]][word.lemma, default: 0] += 1
            }
        }
        let rules = Lemmatizer(exceptions: [:], bases: bases)
        var exceptions: [String: String] = [:]
        for (key, lemmas) in lemmaCounts {
            // The most frequent lemma; ties to the smaller one, never to the hash order.
            guard let (lemma, count) = lemmas.max(by: { x, y in x.value != y.value ? x.value < y.value : x.key > y.key }),
                  let tab = key.lastIndex(of: "\t") else { continue }
            let word = String(key[..<tab]), xpos = String(key[key.index(after: tab)...])
            let ruled = rules.ruleLemma(of: word, xpos: xpos)
            if ruled != lemma, count > lemmas[ruled] ?? 0 { exceptions[key] = lemma }
        }
        return Lemmatizer(exceptions: exceptions, bases: bases)
    }

    /// The class whose bases a lemma of a word tagged `xpos` adds to.
    private static func baseClass(of xpos: String) -> InflectionRules.WordClass? {
        if xpos.hasPrefix("VB") { return .verb }
        if xpos == "NN" || xpos == "NNS" { return .noun }
        if xpos.hasPrefix("JJ") || xpos.hasPrefix("RB") { return .adjective }
        return nil
    }
}
