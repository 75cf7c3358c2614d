public import ActorExtraction

/// Folds events into one weighted relation graph: from extraction results (`build`) or from
/// event records (`merge`), which give the same graph for the same evidence.
///
/// The graph is a function of its evidence alone: an edge aggregates the events of its relation
/// between its two actors, and a node what the documents of those events say about the actor
/// (its name there, kind, affiliation, country, other names and mentions), one account per
/// document. An actor a document names but that takes part in none of its events adds nothing.
/// Adding the same evidence twice changes nothing, and the order of additions never matters:
/// a document id names one document, and when two accounts of an actor claim the same document
/// the greater one (by mentions, then name, kind, affiliation, country and aliases) stands.
///
/// Memory grows with the evidence, not with the texts: per edge the evidence locations, the
/// documents and the best sentence; per actor one account per document.
public struct GraphAggregator: Sendable {
    private var actors: [String: ActorAccumulator] = [:]
    private var edges: [EdgeIdentity: EdgeAccumulator] = [:]

    public init() {}

    /// Adds one document's events and the actors that take part in them.
    public mutating func add(_ result: ExtractionResult) {
        for (event, source, target) in result.eventsWithActors { add(event, source: source, target: target) }
    }

    /// Adds one event record.
    public mutating func add(_ record: EventRecord) {
        add(record.event, source: record.source, target: record.target)
    }

    private mutating func add(_ event: Event, source: Actor, target: Actor) {
        let document = event.evidence.documentID
        actors[source.id, default: ActorAccumulator()].add(source, in: document)
        actors[target.id, default: ActorAccumulator()].add(target, in: document)
        var (from, to) = (event.source, event.target)
        if event.relation.isSymmetric, to < from { swap(&from, &to) }
        let key = EdgeIdentity(source: from, relation: event.relation.rawValue, target: to)
        edges[key, default: EdgeAccumulator()].add(event)
    }

    /// The graph so far.
    public func graph() -> RelationGraph {
        RelationGraph(nodes: actors.map { key, acc in acc.node(key: key) },
                      edges: edges.map { key, acc in acc.edge(key) })
    }
}

private struct ActorAccumulator: Sendable {
    /// The actor as each document knows it.
    var accounts: [String: Actor] = [:]

    mutating func add(_ actor: Actor, in document: String) {
        if let old = accounts[document], !Self.precedes(old, actor) { return }
        accounts[document] = actor
    }

    /// The order that decides between two accounts of an actor in one document.
    static func precedes(_ a: Actor, _ b: Actor) -> Bool {
        if a.mentions != b.mentions { return a.mentions < b.mentions }
        let (x, y) = ([a.name, a.kind.rawValue, a.affiliation ?? "", a.country ?? ""],
                      [b.name, b.kind.rawValue, b.affiliation ?? "", b.country ?? ""])
        if x != y { return x.lexicographicallyPrecedes(y) }
        return a.aliases.sorted().lexicographicallyPrecedes(b.aliases.sorted())
    }

    func node(key: String) -> ActorNode {
        var names: [String: Int] = [:]
        var kinds: [ActorKind: Int] = [:]
        var affiliations: [String: Int] = [:]
        var countries: [String: Int] = [:]
        var aliases: Set<String> = []
        var mentions = 0
        for actor in accounts.values {
            names[actor.name, default: 0] += max(actor.mentions, 1)
            aliases.formUnion(actor.aliases)
            kinds[actor.kind, default: 0] += 1
            if let a = actor.affiliation { affiliations[a, default: 0] += 1 }
            if let c = actor.country { countries[c, default: 0] += 1 }
            mentions += actor.mentions
        }
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
        // The best sentence is the shortest; ties go to the earliest, then to the first in text order.
        if let b = best, (b.sentence.utf8.count, b, b.sentence) <= (ev.sentence.utf8.count, ev, ev.sentence) { return }
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
