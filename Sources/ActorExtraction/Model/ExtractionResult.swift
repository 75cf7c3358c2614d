/// What extraction found in one document.
public struct ExtractionResult: Sendable {
    public var documentID: String
    /// The publication date used to resolve relative dates.
    public var documentDate: Day?
    /// Every actor mentioned, keyed by `Actor.id`, with its mention count.
    public var actors: [Actor]
    public var events: [Event]

    public init(documentID: String, documentDate: Day?, actors: [Actor], events: [Event]) {
        self.documentID = documentID
        self.documentDate = documentDate
        self.actors = actors
        self.events = events
    }
}
