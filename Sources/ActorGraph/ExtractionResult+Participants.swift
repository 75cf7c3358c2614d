public import ActorExtraction

extension ExtractionResult {
    /// Each event with its two actors as this document knows them (an actor the result does not
    /// list, which extraction never gives, stands as a bare `other` actor named by its id).
    public var eventsWithActors: [(event: Event, source: Actor, target: Actor)] {
        let known = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func actor(_ id: String) -> Actor { known[id] ?? Actor(id: id, name: id, kind: .other) }
        return events.map { ($0, actor($0.source), actor($0.target)) }
    }
}
