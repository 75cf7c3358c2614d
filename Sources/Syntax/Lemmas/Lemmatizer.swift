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
    /// The exceptions by XPOS, then form: looked up without building a key string.
    private let exceptionsByTag: [String: [String: String]]

    /// A lemmatizer from its exception table and known base forms (each class's lemmas).
    init(exceptions: [String: String], bases: [InflectionRules.WordClass: Set<String>]) {
        self.exceptions = exceptions
        self.bases = bases
        var byTag: [String: [String: String]] = [:]
        for (key, lemma) in exceptions {
            guard let tab = key.lastIndex(of: "\t") else { continue }
            byTag[String(key[key.index(after: tab)...]), default: [:]][String(key[..<tab])] = lemma
        }
        exceptionsByTag = byTag
    }

    public static func == (a: Lemmatizer, b: Lemmatizer) -> Bool {
        a.exceptions == b.exceptions && a.bases == b.bases
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(exceptions)
        hasher.combine(bases)
    }

    /// The lemma of `form` tagged `xpos` (Penn Treebank) and `upos`.
    public func lemma(of form: String, upos: String, xpos: String) -> String {
        let word = Self.key(form, upos: upos, xpos: xpos)
        if let lemma = exceptionsByTag[xpos]?[word] { return lemma }
        return ruleLemma(of: word, xpos: xpos)
    }

    /// What the rules say, for a word as `key` gives it.
    func ruleLemma(of word: String, xpos: String) -> String {
        var lemma = word
        if let (wordClass, candidates) = InflectionRules.candidates(word, xpos: xpos), let first = candidates.first {
            let known = bases[wordClass] ?? []
            lemma = candidates.first(where: known.contains) ?? first
        }
        return Self.treebankSpelling(lemma, xpos: xpos)
    }

    /// The form as the table and the rules see it: as written for proper nouns and words with
    /// digits ("EB3326"), else lowercased.
    static func key(_ form: String, upos: String, xpos: String) -> String {
        if upos == "PROPN" || xpos == "NNP" || xpos == "NNPS" || form.utf8.contains(where: { (48...57).contains($0) }) {
            return form
        }
        // Most words are already lower case ASCII: no new string for them.
        if form.utf8.allSatisfy({ $0 < 128 && !(65...90).contains($0) }) { return form }
        return form.lowercased()
    }

    /// UD English spelling of some lemmas: a proper noun typed in lower case is capitalised
    /// ("chicago" → Chicago), a number loses its thousands separators ("6,363,217" → 6363217).
    private static func treebankSpelling(_ lemma: String, xpos: String) -> String {
        let bytes = lemma.utf8
        if xpos == "NNP" || xpos == "NNPS", bytes.allSatisfy({ (97...122).contains($0) }) {
            return lemma.prefix(1).uppercased() + lemma.dropFirst()
        }
        if xpos == "CD", bytes.contains(44), bytes.allSatisfy({ (48...57).contains($0) || $0 == 44 || $0 == 46 }) {
            return String(lemma.filter { $0 != "," })
        }
        return lemma
    }
}
