public import ActorExtraction

/// Folds per-document extraction results into one weighted relation graph.
///
/// Memory grows with the graph, not with the corpus: per edge it keeps the evidence locations,
/// the documents and the best sentence, never the texts. The result does not depend on the
/// order in which documents are added.
public struct GraphAggregator: Sendable {
    private var actors: [String: ActorAccumulator] = [:]
    private var edges: [EdgeIdentity: EdgeAccumulator] = [:]

    public init() {}

    /// Adds one document's actors and events.
    public mutating func add(_ result: ExtractionResult) {
        for actor in result.actors {
            actors[actor.id, default: ActorAccumulator()].add(actor)
        }
        for event in result.events {
            var (source, target) = (event.source, event.target)
            if event.relation.isSymmetric, target < source { swap(&source, &target) }
            let key = EdgeIdentity(source: source, relation: event.relation.rawValue, target: target)
            edges[key, default: EdgeAccumulator()].add(event)
        }
    }

    /// The graph so far; only actors that take part in a relation are kept unless `keepIsolated`.
    public func graph(keepIsolated: Bool = false) -> RelationGraph {
        let linked = Set(edges.keys.flatMap { [$0.source, $0.target] })
        let nodes = actors.compactMap { key, acc -> ActorNode? in
            guard keepIsolated || linked.contains(key) else { return nil }
            return acc.node(key: key)
        }
        let edgeList = edges.map { key, acc in acc.edge(key) }
        return RelationGraph(nodes: nodes, edges: edgeList)
    }
}

private struct ActorAccumulator: Sendable {
    var names: [String: Int] = [:]
    var kinds: [ActorKind: Int] = [:]
    var affiliations: [String: Int] = [:]
    var countries: [String: Int] = [:]
    var mentions = 0

    var aliases: Set<String> = []

    mutating func add(_ actor: Actor) {
        names[actor.name, default: 0] += max(actor.mentions, 1)
        aliases.formUnion(actor.aliases)
        kinds[actor.kind, default: 0] += 1
        if let a = actor.affiliation { affiliations[a, default: 0] += 1 }
        if let c = actor.country { countries[c, default: 0] += 1 }
        mentions += actor.mentions
    }

    func node(key: String) -> ActorNode {
        // The most used canonical name is the label; ties go to the fuller, then the alphabetically first.
        let label = names.max { a, b in
            (a.value, a.key.count, b.key) < (b.value, b.key.count, a.key)
        }?.key ?? key
        let kind = Self.mostCommon(kinds.filter { $0.key != .other }) ?? .other
        return ActorNode(
            key: key, label: label, kind: kind.rawValue,
            affiliation: Self.mostCommon(affiliations) ?? "",
            country: Self.mostCommon(countries) ?? "",
            aliases: aliases.union(names.keys).subtracting([label]).sorted(),
            mentions: mentions)
    }

    static func mostCommon<K: Comparable>(_ counts: [K: Int]) -> K? {
        counts.max { a, b in (a.value, b.key) < (b.value, a.key) }?.key
    }
}

private struct EdgeAccumulator: Sendable {
    var locations: Set<EvidenceLocation> = []
    var documents: Set<String> = []
    var first: Day?
    var last: Day?
    var best: Evidence?

    mutating func add(_ event: Event) {
        let ev = event.evidence
        locations.insert(EvidenceLocation(documentID: ev.documentID, start: ev.span.start))
        documents.insert(ev.documentID)
        if let date = event.date {
            first = first.map { min($0, date.first) } ?? date.first
            last = last.map { max($0, date.last) } ?? date.last
        }
        // The best sentence is the shortest; ties go to the earliest.
        if let b = best, (b.sentence.utf8.count, b) <= (ev.sentence.utf8.count, ev) { return }
        best = ev
    }

    func edge(_ key: EdgeIdentity) -> RelationEdge {
        RelationEdge(
            source: key.source, target: key.target, relation: key.relation,
            weight: Double(locations.count), documents: documents.count,
            firstDate: first?.description ?? "", lastDate: last?.description ?? "",
            evidence: best?.sentence ?? "", sources: documents.sorted())
    }
}

private struct EvidenceLocation: Hashable, Sendable {
    var documentID: String
    var start: Int
}
