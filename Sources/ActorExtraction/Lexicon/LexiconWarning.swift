/// A lexicon row that loads but lists a value again: a repeat of an earlier row, or a row that
/// an earlier one shadows (the earlier row is the one used).
public struct LexiconWarning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// What the row repeats or is shadowed by, naming the earlier row as `FILE:LINE`.
    public var message: String

    /// `FILE:LINE: warning: message`.
    public var description: String { "\(file):\(line): warning: \(message)" }
}

/// The file and line of a lexicon row.
struct LexiconRow: Equatable, Sendable, CustomStringConvertible {
    var file: String
    var line: Int

    var description: String { "\(file):\(line)" }

    init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// The row `description` wrote as `FILE:LINE`.
    init?(origin: String) {
        guard let colon = origin.lastIndex(of: ":"), let line = Int(origin[origin.index(after: colon)...]) else { return nil }
        self.init(file: String(origin[..<colon]), line: line)
    }
}

/// Where each value of a lexicon was first listed, so that a later row listing it again can name
/// the earlier one.
struct LexiconRows: Sendable {
    /// By the order phrases were added to each phrase table.
    var entities: [LexiconRow] = []
    var titles: [LexiconRow] = []
    /// By "class TAB lemma".
    var cues: [String: LexiconRow] = [:]
    /// By ISO 3166-1 alpha-3 code.
    var countries: [String: LexiconRow] = [:]
    /// By folded word.
    var commonWords = WordTable<LexiconRow>()
    var nameWords = WordTable<LexiconRow>()
    /// By `NameVariants.key` of the variant.
    var nameVariants: [String: LexiconRow] = [:]
    /// The last warning, which the next one joins when it is about the same two rows.
    var lastNote: Note?

    /// Values of a row that repeat, or are shadowed by, one earlier row.
    struct Note: Sendable {
        var row: LexiconRow
        var earlier: LexiconRow
        var repeats: Bool
        var values: [String]

        /// "'a' repeats F:L", "'a' and 'b' are already listed at F:L, which takes precedence".
        var message: String {
            let quoted = values.map { "'\($0)'" }
            let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
            let one = quoted.count == 1
            return repeats ? "\(list) \(one ? "repeats" : "repeat") \(earlier)"
                : "\(list) \(one ? "is" : "are") already listed at \(earlier), which takes precedence"
        }
    }
}
