/// What extraction found in one document.
public struct ExtractionResult: Sendable {
    public var documentID: String
    /// The publication date used to resolve relative dates.
    public var documentDate: Day?
    /// The document's title and address, when the corpus gave them.
    public var title: String?
    public var url: String?
    /// Every actor mentioned, keyed by `Actor.id`, with its mention count.
    public var actors: [Actor]
    public var events: [Event]

    public init(documentID: String, documentDate: Day?, title: String? = nil, url: String? = nil,
                actors: [Actor], events: [Event]) {
        self.documentID = documentID
        self.documentDate = documentDate
        self.title = title
        self.url = url
        self.actors = actors
        self.events = events
    }
}
