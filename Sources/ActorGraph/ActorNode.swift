/// One actor in a relation graph, as written to and read back from DOT and GraphML.
public struct ActorNode: Hashable, Sendable {
    /// The canonical actor key; two graphs share an actor when they share this key.
    public var key: String
    /// The display name.
    public var label: String
    /// `person`, `country`, `organization`, `group` or `other`.
    public var kind: String
    public var affiliation: String
    /// ISO 3166-1 alpha-3, or empty.
    public var country: String
    /// Other names seen, sorted.
    public var aliases: [String]
    public var mentions: Int

    public init(key: String, label: String, kind: String, affiliation: String = "", country: String = "",
                aliases: [String] = [], mentions: Int = 0) {
        self.key = key
        self.label = label
        self.kind = kind
        self.affiliation = affiliation
        self.country = country
        self.aliases = aliases
        self.mentions = mentions
    }
}
