/// How one sentence was read: its tree, when it could hold a relation, and every candidate found
/// there, stated or stopped, with the frame row that found it.
public struct SentenceReading: Sendable {
    /// A candidate and the row that found it; `stop` tells what stopped it, if anything did.
    public struct Finding: Sendable {
        public var candidate: RelationCandidate
        public var row: TriggerRow
        public var stop: String?
    }

    /// `nil` when the sentence had no trigger word or fewer than two actor mentions.
    public var parse: ParsedSentence?
    public var fired: [Finding] = []
    public var blocked: [Finding] = []
}
