/// Attachment scores over words, every word counted (punctuation too): UAS is the share of words
/// with the right head, LAS the share with the right head and the right universal relation (the
/// part before the colon), `exactLAS` with the right full relation (subtype included).
public struct AttachmentScore: Hashable, Sendable {
    public private(set) var words = 0
    public private(set) var rightHeads = 0
    public private(set) var rightUniversal = 0
    public private(set) var rightExact = 0

    public init() {}

    /// Counts one sentence: gold heads and relations against predicted arcs, word by word.
    public mutating func add(goldHeads: [Int], goldRelations: [String], predicted: [ParsedArc]) {
        precondition(goldHeads.count == predicted.count && goldRelations.count == predicted.count,
                     "one prediction per word")
        for (k, arc) in predicted.enumerated() {
            words += 1
            guard arc.head == goldHeads[k] else { continue }
            rightHeads += 1
            if arc.deprel == goldRelations[k] { rightExact += 1; rightUniversal += 1 }
            else if Self.universal(arc.deprel) == Self.universal(goldRelations[k]) { rightUniversal += 1 }
        }
    }

    public var uas: Double { percent(rightHeads) }
    public var las: Double { percent(rightUniversal) }
    public var exactLAS: Double { percent(rightExact) }

    private func percent(_ n: Int) -> Double { words == 0 ? 0 : 100 * Double(n) / Double(words) }

    private static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }
}
