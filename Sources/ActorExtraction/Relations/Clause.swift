/// Where clauses begin and which words stand between an actor and what it did.
enum Clause {
    /// Tokens after which a new clause, with a subject of its own, begins.
    static let boundaries: WordSet = [
        ";", ":", "\"", "\u{201C}", "\u{201D}", "\u{2014}", "\u{2013}", "-", "that", "said", "says", "say", "told", "tells", "added",
        "adds", "stated", "states", "noted", "notes", "according", "but", "while", "whereas", "because",
        "although", "though", "when", "where", "whom", "after", "before", "if", "unless", "reported", "reports",
        "announced", "explained", "explains", "stressed", "insisted", "quoted", "wrote",
    ]

    /// Reporting verbs: a pronoun subject right after one ("Washington says it will …") is the reporter.
    static let reporting: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes",
        "announced", "explained", "explains", "stressed", "insisted", "wrote",
    ]

    /// Words before a noun phrase that make it the object of a preposition, never a subject.
    static let prepositions: WordSet = [
        "of", "in", "at", "from", "to", "for", "with", "by", "on", "about", "against", "including", "like",
        "near", "into", "over", "under", "between", "among", "during", "across", "via", "toward", "towards",
        "than", "inside", "outside", "within", "without", "behind", "since", "per", "as", "upon", "amid",
    ]

    /// Relative pronouns that take the noun phrase before them as subject.
    static let relatives: WordSet = ["who", "which"]

    /// Words that may sit between a trigger and its object ("supports the efforts of X").
    static let objectFillers: WordSet = ["the", "a", "an", "its", "their", "his", "her", "our", "several", "some"]

    /// The index where the clause holding token `index` begins.
    ///
    /// ", and" opens a clause unless it closes a list of actors (a mention ending right before the
    /// comma): "Yoon met Kishida in March, and Kishida visited Seoul" has two clauses,
    /// "China, Afghanistan, and Pakistan met" one.
    static func start(before index: Int, in tokens: [Token], mentions: [ResolvedMention] = []) -> Int {
        var k = index - 1
        while k >= 0 {
            if boundaries.contains(tokens[k]) {
                // "States" in "United States" is a name, not the verb.
                if tokens[k].kind == .punctuation || !tokens[k].isCapitalized { return k + 1 }
            } else if tokens[k].folded == "and", k >= 2, tokens[k - 1].isMark(","),
                      !mentions.contains(where: { $0.mention.tokens.upperBound == k - 1 }) {
                return k + 1
            }
            k -= 1
        }
        return 0
    }
}
