/// How one sentence was read: its tree, when it could hold a relation, and every candidate found
/// there, stated or stopped, with the frame row that found it.
public struct SentenceReading: Sendable {
    /// A candidate and the row that found it; `stop` tells what stopped it, if anything did.
    public struct Finding: Sendable {
        public var candidate: RelationCandidate
        public var row: TriggerRow
        public var stop: String?
    }

    /// Why a sentence was not parsed.
    public enum Unparsed: Sendable {
        /// Fewer than two different actors, or no word outside their names spelled like a trigger.
        case noCandidates
        /// No word tagged as a trigger's class with a trigger's lemma whose frame row the
        /// sentence's words allow (the prepositions and verbs its paths name).
        case noTrigger
    }

    /// `nil` when the sentence was not parsed.
    public var parse: ParsedSentence?
    /// Why the sentence was not parsed, when it was not.
    public var unparsed: Unparsed?
    public var fired: [Finding] = []
    public var blocked: [Finding] = []
}
