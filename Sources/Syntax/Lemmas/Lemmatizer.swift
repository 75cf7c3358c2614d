/// The lemma of a tagged word: an exception table learnt from a treebank ("met" VBD → meet),
/// then English inflection rules by Penn Treebank tag, which prefer base forms the treebank knows
/// ("threatened" VBD → threaten, "talks" NNS → talk). Proper nouns keep their spelling; other
/// words are lowercased.
public struct Lemmatizer: Hashable, Sendable {
    /// "form TAB XPOS" → lemma, where the rules would be wrong; forms lowercased except for
    /// proper nouns (NNP, NNPS).
    public let exceptions: [String: String]
    /// Base forms seen in the treebank, by word class.
    let bases: [InflectionRules.WordClass: Set<String>]

    /// A lemmatizer from its exception table and known base forms (each class's lemmas).
    init(exceptions: [String: String], bases: [InflectionRules.WordClass: Set<String>]) {
        self.exceptions = exceptions
        self.bases = bases
    }

    /// The lemma of `form` tagged `xpos` (Penn Treebank) and `upos`.
    public func lemma(of form: String, upos: String, xpos: String) -> String {
        let word = Self.key(form, upos: upos, xpos: xpos)
        if let lemma = exceptions[word + "\t" + xpos] { return lemma }
        return ruleLemma(of: word, xpos: xpos)
    }

    /// What the rules say, for a word already lowercased (unless proper).
    func ruleLemma(of word: String, xpos: String) -> String {
        guard let (wordClass, candidates) = InflectionRules.candidates(word, xpos: xpos),
              let first = candidates.first else { return word }
        let known = bases[wordClass] ?? []
        return candidates.first(where: known.contains) ?? first
    }

    /// The form as the table and the rules see it: as written for proper nouns, else lowercased.
    static func key(_ form: String, upos: String, xpos: String) -> String {
        if upos == "PROPN" || xpos == "NNP" || xpos == "NNPS" { return form }
        return form.lowercased()
    }
}
