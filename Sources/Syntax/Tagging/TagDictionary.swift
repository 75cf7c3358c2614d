/// Frequent words that the training data always tags the same way ("the", "of", ","): the tagger
/// gives them their tag without scoring, which is faster and as accurate.
public struct TagDictionary: Hashable, Sendable {
    /// Forms as written, sorted by their UTF-8 bytes.
    public let forms: [String]
    /// The tag of each form.
    public let tags: [PartOfSpeechTag]

    public init(entries: [(form: String, tag: PartOfSpeechTag)]) {
        let sorted = entries.sorted { $0.form.utf8.lexicographicallyPrecedes($1.form.utf8) }
        forms = sorted.map(\.form)
        tags = sorted.map(\.tag)
    }

    /// The forms seen at least `minCount` times in `sentences` whose most frequent tag has at
    /// least `minShare` of their occurrences.
    public static func learn(from sentences: [CoNLLUSentence], minCount: Int, minShare: Double) -> TagDictionary {
        var counts: [String: [PartOfSpeechTag: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words {
                counts[word.form, default: [:]][PartOfSpeechTag(upos: word.upos, xpos: word.xpos), default: 0] += 1
            }
        }
        var entries: [(form: String, tag: PartOfSpeechTag)] = []
        for (form, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= minCount else { continue }
            // The most frequent tag; ties to the smaller label, so the result never depends on hashing.
            let best = tags.max { a, b in a.value != b.value ? a.value < b.value : a.key.label > b.key.label }
            if let (tag, count) = best, Double(count) >= minShare * Double(total) { entries.append((form, tag)) }
        }
        return TagDictionary(entries: entries)
    }
}
