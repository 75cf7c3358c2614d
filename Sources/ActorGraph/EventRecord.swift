public import ActorExtraction

/// One piece of evidence for one relation, with all a reader needs to use it on its own: the
/// document, the event date, the relation and its PLOVER and CAMEO codes, both actors as the
/// document names them, the sentence and the trigger.
///
/// `actorgraph extract` writes one record per extracted event (JSON Lines or CSV, see
/// `EventRecord.Field` for the schema); `actorgraph merge` folds records into the same graph
/// `build` draws from the articles, through `GraphAggregator.add(_:)`.
public struct EventRecord: Hashable, Sendable {
    /// The version of the schema this type reads and writes; a record of another version is refused.
    public static let schemaVersion = 1

    public var documentID: String
    /// The document's address and title; empty when the corpus did not give them.
    public var url: String
    public var title: String
    /// The publication date.
    public var published: Day?
    /// The event date: a day or a span of days; `nil` when unknown.
    public var date: EventDate?
    public var relation: RelationKind
    /// The actors as this document knows them: their canonical ids, names, kinds, affiliations,
    /// other names and mention counts in this document.
    public var source: Actor
    public var target: Actor
    /// The evidence sentence (whitespace collapsed) and its UTF-8 offsets in the document.
    public var sentence: String
    public var sentenceSpan: TextSpan
    public var trigger: Event.Trigger?

    public init(documentID: String, url: String = "", title: String = "", published: Day? = nil, date: EventDate?,
                relation: RelationKind, source: Actor, target: Actor, sentence: String, sentenceSpan: TextSpan,
                trigger: Event.Trigger? = nil) {
        self.documentID = documentID
        self.url = url
        self.title = title
        self.published = published
        self.date = date
        self.relation = relation
        self.source = source
        self.target = target
        self.sentence = sentence
        self.sentenceSpan = sentenceSpan
        self.trigger = trigger
    }

    /// The records of one document's events, in the order they were found.
    public static func records(of result: ExtractionResult) -> [EventRecord] {
        result.eventsWithActors.map { event, source, target in
            EventRecord(documentID: event.evidence.documentID, url: result.url ?? "", title: result.title ?? "",
                        published: result.documentDate, date: event.date, relation: event.relation,
                        source: source, target: target, sentence: event.evidence.sentence,
                        sentenceSpan: event.evidence.span, trigger: event.trigger)
        }
    }

    /// The event the record holds.
    public var event: Event {
        Event(relation: relation, source: source.id, target: target.id, date: date,
              evidence: Evidence(documentID: documentID, sentence: sentence, span: sentenceSpan), trigger: trigger)
    }
}
