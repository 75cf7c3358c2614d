/// All evidence for one relation between two actors, aggregated.
public struct RelationEdge: Hashable, Sendable {
    /// `ActorNode.key` of the source (for `met`, the smaller key).
    public var source: String
    /// `ActorNode.key` of the target.
    public var target: String
    /// `met`, `warned`, `supported`, … (free text for graphs read back from files).
    public var relation: String
    /// The number of distinct pieces of evidence.
    public var weight: Double
    /// The number of distinct documents.
    public var documents: Int
    /// `YYYY-MM-DD`, or empty when unknown.
    public var firstDate: String
    public var lastDate: String
    /// The best evidence sentence.
    public var evidence: String
    /// Document ids, sorted.
    public var sources: [String]

    public init(source: String, target: String, relation: String, weight: Double, documents: Int,
                firstDate: String = "", lastDate: String = "", evidence: String = "", sources: [String] = []) {
        self.source = source
        self.target = target
        self.relation = relation
        self.weight = weight
        self.documents = documents
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.evidence = evidence
        self.sources = sources
    }

    /// Whether the relation has no direction.
    public var isSymmetric: Bool { relation == "met" }

    /// What identifies the edge across graphs: its two ends and its relation.
    public var identity: EdgeIdentity { EdgeIdentity(source: source, relation: relation, target: target) }

    /// The weight as DOT, GraphML and summaries write it: whole numbers without a fraction (`3`),
    /// others in Swift's shortest exact form (`2.5`).
    public var weightText: String { Self.text(ofWeight: weight) }

    /// `weight` written as `weightText` writes it.
    public static func text(ofWeight weight: Double) -> String {
        if weight == weight.rounded(), abs(weight) < 1e15 { return String(Int64(weight)) }
        return String(weight)
    }

    /// `2021-07-16`, `2021-07-16 – 2021-08-01`, or `nil` when the relation is undated.
    public var dateSpan: String? {
        switch (firstDate, lastDate) {
        case ("", ""): return nil
        case let (first, last) where first == last || last.isEmpty: return first
        case let ("", last): return last
        case let (first, last): return "\(first) – \(last)"
        }
    }
}

/// Source, relation and target: what makes two edges the same edge.
public struct EdgeIdentity: Hashable, Sendable, Comparable {
    public var source: String
    public var relation: String
    public var target: String

    public static func < (lhs: EdgeIdentity, rhs: EdgeIdentity) -> Bool {
        (lhs.source, lhs.relation, lhs.target) < (rhs.source, rhs.relation, rhs.target)
    }
}
