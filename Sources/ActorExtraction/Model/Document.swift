/// One article: its text and what is known about it before extraction.
public struct Document: Sendable {
    /// A stable identifier (the file stem, or the `id` of a JSON Lines record).
    public var id: String
    public var text: String
    public var title: String?
    /// Where the article was published, when the corpus says (a JSON Lines record's `url`).
    public var url: String?
    /// The publication date, when given by the caller or found in the article head.
    public var date: Day?

    public init(id: String, text: String, title: String? = nil, url: String? = nil, date: Day? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.url = url
        self.date = date
    }
}
