/// A state the lexicon knows.
public struct CountryEntry: Hashable, Sendable {
    /// ISO 3166-1 alpha-3.
    public var iso3: String
    public var name: String
    /// The first demonym listed ("Chinese"), used in labels such as "Chinese government".
    public var demonym: String?
}

/// An organisation or group the lexicon knows.
public struct OrganizationEntry: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    /// ISO alpha-3 of the state it belongs to, if any.
    public var country: String?
}

/// What a lexicon phrase names.
public enum EntityRef: Hashable, Sendable {
    public enum CountryForm: Hashable, Sendable {
        /// "China", "PRC"
        case name
        /// "Chinese"
        case demonym
        /// "Beijing", "the Kremlin"
        case seat
    }

    case country(iso3: String, form: CountryForm)
    /// Index into `Lexicon.organizations`.
    case organization(Int)
}

/// How a title word is used.
public enum TitleKind: String, Hashable, Sendable {
    /// An office: "foreign minister".
    case role
    /// A form of address: "Mullah".
    case honorific
    /// A collective: "officials", "government".
    case member
}

/// What a word inside an unknown name says about it (`name-words.tsv`).
public enum NameWordKind: String, Hashable, Sendable {
    /// An article is a particle that writers may leave out ("al" of "Bashar al-Assad", "Bashar Assad").
    case organization, place, particle, article

    /// A lowercase word that may sit inside a person's name ("bin", "al").
    var isParticle: Bool { self == .particle || self == .article }
}
