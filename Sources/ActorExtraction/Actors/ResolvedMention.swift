/// A mention tied to the actor it refers to.
public struct ResolvedMention: Hashable, Sendable {
    public var mention: Mention
    public var actorID: String
    /// A lone unknown name ("Uribe") or a pronoun: good enough as a subject, too weak as an object.
    public var isWeak: Bool
    /// The second actor of "the two leaders".
    public var partner: String?

    public init(mention: Mention, actorID: String, isWeak: Bool, partner: String? = nil) {
        self.mention = mention
        self.actorID = actorID
        self.isWeak = isWeak
        self.partner = partner
    }

    /// This mention, and its partner as a mention of its own.
    var expanded: [ResolvedMention] {
        guard let partner else { return [self] }
        return [ResolvedMention(mention: mention, actorID: actorID, isWeak: isWeak),
                ResolvedMention(mention: mention, actorID: partner, isWeak: isWeak)]
    }
}
