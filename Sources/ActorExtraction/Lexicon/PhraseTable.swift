/// Phrases (token sequences) mapped to values, found in a token stream longest first.
///
/// A phrase word `…` (or `...`) matches up to `gapLimit` words (and commas), so "pledged … support for" matches
/// "pledged infrastructure and security support for". A phrase written in capitals ("US", "WHO")
/// matches only the same capitals, so the pronoun "us" is not the United States.
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        /// `hashValue` of each word, compared before the word.
        var hashes: [Int]
        var exactCase: Bool
        var value: Value
    }

    /// Entries by their first folded word, longest phrase first.
    private var byFirstWord = WordTable<[Entry]>()
    public var gapLimit = 4

    public init() {}

    /// How many phrases the table holds.
    public var count: Int { byFirstWord.allValues.reduce(0) { $0 + $1.count } }

    /// False when no phrase starts with the token's folded word.
    func mayStart(with token: Token) -> Bool {
        byFirstWord.value(for: token) != nil
    }

    /// Adds a phrase; `phrase` is tokenized as document text is.
    public mutating func insert(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer().tokens(in: phrase)
        guard let first = tokens.first else { return }
        let exactCase = tokens.allSatisfy { $0.isAllCaps || $0.kind != .word } && tokens.contains { $0.isAllCaps }
        let words = tokens.map { exactCase ? $0.text : ($0.folded == "..." ? "…" : $0.folded) }
        let entry = Entry(words: words, hashes: words.map(\.hashValue), exactCase: exactCase, value: value)
        let key = exactCase ? first.folded : words[0]
        var entries = byFirstWord[key] ?? []
        entries.append(entry)
        entries.sort { $0.words.count > $1.words.count }
        byFirstWord.set(key, entries)
    }

    /// Every phrase that starts at `index`, longest match first, with the number of tokens it covers.
    public func matches(in tokens: [Token], at index: Int) -> [(length: Int, value: Value)] {
        guard index < tokens.count, let entries = byFirstWord.value(for: tokens[index]) else { return [] }
        var found: [(length: Int, value: Value)] = []
        for entry in entries {
            if let end = match(entry, 0, tokens, index) { found.append((end - index, entry.value)) }
        }
        return found.sorted { $0.length > $1.length }
    }

    /// The longest phrase that starts at `index` (the first listed, of equally long ones), as
    /// `matches(in:at:).first` gives it, without collecting the others.
    public func longestMatch(in tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard index < tokens.count, let entries = byFirstWord.value(for: tokens[index]) else { return nil }
        var best: (length: Int, value: Value)?
        for entry in entries {
            if let end = match(entry, 0, tokens, index), end - index > best?.length ?? -1 { best = (end - index, entry.value) }
        }
        return best
    }

    /// The end index when `entry.words[w...]` matches from token `i`.
    private func match(_ entry: Entry, _ w: Int, _ tokens: [Token], _ i: Int) -> Int? {
        if w == entry.words.count { return i }
        let word = entry.words[w]
        if word == "…" {
            var j = i
            for _ in 0...gapLimit {
                if let end = match(entry, w + 1, tokens, j) { return end }
                guard j < tokens.count, tokens[j].kind != .punctuation || tokens[j].text == "," else { return nil }
                j += 1
            }
            return nil
        }
        guard i < tokens.count else { return nil }
        let ok = entry.exactCase ? tokens[i].text == word
            : tokens[i].foldedHash == entry.hashes[w] && tokens[i].folded == word
        return ok ? match(entry, w + 1, tokens, i + 1) : nil
    }
}
