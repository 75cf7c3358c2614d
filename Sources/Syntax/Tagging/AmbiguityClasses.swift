/// The tags each word was seen with in training, its ambiguity class ("back": ADP RP, ADV RB,
/// VERB VB, ...): a feature for the word and, more usefully, for the words before it, whose tags
/// are chosen before this word's own.
public struct AmbiguityClasses: Hashable, Sendable {
    /// Lowercased forms, sorted by their UTF-8 bytes.
    public let forms: [String]
    /// The tags of each form, sorted by label.
    public let tags: [[PartOfSpeechTag]]

    public init(entries: [(form: String, tags: [PartOfSpeechTag])]) {
        let sorted = entries.sorted { $0.form.utf8.lexicographicallyPrecedes($1.form.utf8) }
        forms = sorted.map(\.form)
        tags = sorted.map { $0.tags.sorted { $0.label.utf8.lexicographicallyPrecedes($1.label.utf8) } }
    }

    /// The words (lowercased) seen at least `minCount` times in `sentences`, each with the tags
    /// that have at least `minShare` of its occurrences.
    public static func learn(from sentences: [CoNLLUSentence], minCount: Int, minShare: Double) -> AmbiguityClasses {
        var counts: [String: [PartOfSpeechTag: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words {
                counts[word.form.lowercased(), default: [:]][PartOfSpeechTag(upos: word.upos, xpos: word.xpos), default: 0] += 1
            }
        }
        var entries: [(form: String, tags: [PartOfSpeechTag])] = []
        for (form, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= minCount else { continue }
            entries.append((form, tags.filter { Double($0.value) >= minShare * Double(total) }.map(\.key)))
        }
        return AmbiguityClasses(entries: entries)
    }

    /// Lowercased-form hash (as in `WordTraits.lower`) → hash of the word's tag set.
    func table() -> [UInt64: UInt64] {
        var table: [UInt64: UInt64] = [:]
        for (form, tags) in zip(forms, tags) {
            table[FeatureHash.string(form)] = FeatureHash.string(tags.map(\.label).joined(separator: "|"))
        }
        return table
    }
}
