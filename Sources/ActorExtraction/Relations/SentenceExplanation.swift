/// One sentence as `actorgraph explain` shows it: its text, the mentions with the actors they
/// stand for, and how its tree was read.
public struct SentenceExplanation: Sendable {
    public var sentence: Sentence
    /// The sentence as written, whitespace made single spaces.
    public var text: String
    public var mentions: [ResolvedMention]
    public var reading: SentenceReading
}
