/// The words of `cues.tsv` by class: what stops a trigger, and the named lemma sets that
/// `frames.tsv` paths use.
public struct CueTable: Sendable {
    /// Classes the extractor reads as stops; any other class is a lemma set for paths.
    public enum Stop: String, CaseIterable, Sendable {
        case negation, modal, future, continuation, occurrence, condition, governor, prospect, ahead, purpose, travel, relative
    }

    private var sets: [String: Set<String>] = [:]

    public init() {}

    /// Adds `lemma` to `set`; `false` when it was there already.
    mutating func insert(_ lemma: String, into set: String) -> Bool {
        sets[set, default: []].insert(lemma).inserted
    }

    /// Whether `lemma` belongs to the stop class.
    public func contains(_ lemma: String, _ stop: Stop) -> Bool {
        sets[stop.rawValue]?.contains(lemma) ?? false
    }

    /// Whether `lemma` belongs to the named set (empty when unknown).
    public func contains(_ lemma: String, set name: String) -> Bool {
        sets[name]?.contains(lemma) ?? false
    }

    /// The names of every set, stop classes included.
    public var setNames: Set<String> { Set(sets.keys) }
}
