/// A resolved actor: a person, a state, an organisation or a group, under one canonical name.
public struct Actor: Hashable, Sendable, Identifiable {
    /// A stable key, the same for the same actor in every document (e.g. `wang yi`).
    public var id: String
    /// The display name (the fullest form seen).
    public var name: String
    public var kind: ActorKind
    /// The country or organisation the actor belongs to, by name (e.g. `China` for Wang Yi).
    public var affiliation: String?
    /// ISO 3166-1 alpha-3 code when the actor is, or belongs to, a state.
    public var country: String?
    /// Other names under which the actor was seen.
    public var aliases: Set<String>
    /// How many mentions resolved to this actor.
    public var mentions: Int

    public init(id: String, name: String, kind: ActorKind, affiliation: String? = nil,
                country: String? = nil, aliases: Set<String> = [], mentions: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
        self.country = country
        self.aliases = aliases
        self.mentions = mentions
    }
}
