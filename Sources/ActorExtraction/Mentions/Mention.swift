/// A phrase in a sentence that refers to an actor, before coreference.
public struct Mention: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A personal name, titles removed ("Wang Yi", "Ghani").
        case person([String])
        /// A state ("China", "Beijing", "Chinese officials").
        case country(String)
        /// A state's government ("the Afghan government").
        case government(String)
        /// An organisation or group the lexicon knows (index into `Lexicon.organizations`).
        case organization(Int)
        /// An organisation recognised by its form ("Charhar Institute").
        case namedOrganization(String)
        /// An office without a name ("China's foreign minister"), with the state or group it serves.
        case role(String, of: Affiliation?)
        /// "he", "she", "his", "her", "it", "its", "they", "their", or "the two" for "the two leaders".
        case pronoun(String)
        /// A person's or party's government by name ("the Ghani government").
        case governmentOf([String])
    }

    /// Whom an actor belongs to.
    public enum Affiliation: Hashable, Sendable {
        case country(String)
        case organization(Int)
        case named(String)
    }

    public var kind: Kind
    /// Token indices within the sentence (half-open).
    public var tokens: Range<Int>
    /// A state or organisation the phrase attaches to the actor ("Chinese" in "Chinese Foreign Minister Wang Yi").
    public var affiliation: Affiliation?
    /// An office named with the actor ("foreign minister").
    public var role: String?
    /// The phrase text as written.
    public var text: String
}
