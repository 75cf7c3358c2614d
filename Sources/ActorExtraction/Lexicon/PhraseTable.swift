/// Phrases (token sequences) mapped to values, found in a token stream longest first.
///
/// A phrase word `…` (or `...`) matches up to `gapLimit` words (and commas), so "pledged … support for" matches
/// "pledged infrastructure and security support for". A phrase written in capitals ("US", "WHO")
/// matches only the same capitals, so the pronoun "us" is not the United States; but one word of four
/// capitals or more ("NATO", "UNESCO") matches in any case, as news also writes "Nato" and "Unesco".
///
/// Plain phrases live in a trie of folded words, so finding them costs one word lookup per token
/// read; the few phrases with a gap or in capitals are tried one by one.
public struct PhraseTable<Value: Sendable>: Sendable {
    /// A phrase with a gap or in capitals.
    struct Entry: Sendable {
        var words: [String]
        /// `Token.hash` of each word, compared before the word.
        var hashes: [Int]
        var exactCase: Bool
        var phrase: Phrase
    }

    /// A phrase's value, with what orders equally long matches: more words first, then the
    /// phrase added first.
    struct Phrase: Sendable {
        var value: Value
        var wordCount: Int
        var order: Int

        func precedes(_ other: Phrase, length: Int, otherLength: Int) -> Bool {
            (length, wordCount, -order) > (otherLength, other.wordCount, -other.order)
        }
    }

    /// A trie node: the phrases that end here, and the next words.
    struct Node: Sendable {
        var phrases: [Phrase] = []
        var next = WordTable<Int32>()
    }

    /// What starts with one first word: the trie node of the plain phrases (-1 when none), and
    /// the phrases with a gap or in capitals.
    struct Start: Sendable {
        var node: Int32 = -1
        var special: [Entry] = []
    }

    /// By first folded word, so that a token that starts nothing costs one lookup.
    private var starts = WordTable<Start>()
    private var nodes: [Node] = []
    private var phraseCount = 0
    public var gapLimit = 4

    public init() {}

    /// How many phrases the table holds.
    public var count: Int { phraseCount }

    /// False when no phrase starts with the token's folded word.
    func mayStart(with token: Token) -> Bool {
        starts.value(for: token) != nil
    }

    /// The folded words phrases start with (`mayStart(with:)` is true for tokens of these words).
    var firstWords: [String] { starts.allWords }

    /// Adds a phrase; `phrase` is tokenized as document text is.
    ///
    /// Returns the phrases added earlier with the same words (so found at the same places), with
    /// the order they were added in (0 for the first phrase), so a loader can report repeats.
    @discardableResult
    public mutating func insert(_ phrase: String, _ value: Value) -> [(order: Int, value: Value)] {
        let tokens = Tokenizer().tokens(in: phrase)
        guard let first = tokens.first else { return [] }
        let acronym = tokens.count == 1 && tokens[0].isAllCaps && tokens[0].scalarCount >= 4
            && tokens[0].text.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
        let exactCase = !acronym && tokens.allSatisfy { $0.isAllCaps || $0.kind != .word } && tokens.contains { $0.isAllCaps }
        let words = tokens.map { exactCase ? $0.text : ($0.folded == "..." ? "…" : $0.folded) }
        let entry = Phrase(value: value, wordCount: words.count, order: phraseCount)
        phraseCount += 1
        let key = exactCase ? first.folded : words[0]
        var start = starts[key] ?? Start()
        defer { starts.set(key, start) }
        if exactCase || words.contains("…") {
            let earlier = start.special.filter { $0.words == words && $0.exactCase == exactCase }
            start.special.append(Entry(words: words, hashes: words.map(Token.hash), exactCase: exactCase, phrase: entry))
            return earlier.map { ($0.phrase.order, $0.phrase.value) }
        }
        if start.node < 0 {
            nodes.append(Node())
            start.node = Int32(nodes.count - 1)
        }
        var node = Int(start.node)
        for word in words.dropFirst() {
            if let child = nodes[node].next[word] {
                node = Int(child)
            } else {
                nodes.append(Node())
                nodes[node].next.set(word, Int32(nodes.count - 1))
                node = nodes.count - 1
            }
        }
        let earlier = nodes[node].phrases.map { ($0.order, $0.value) }
        nodes[node].phrases.append(entry)
        return earlier
    }

    /// Every phrase that starts at `index`, longest match first, with the number of tokens it covers.
    public func matches(in tokens: [Token], at index: Int) -> [(length: Int, value: Value)] {
        var found: [(length: Int, phrase: Phrase)] = []
        visit(tokens, at: index) { length, phrase in found.append((length, phrase)) }
        guard found.count > 1 else { return found.map { ($0.length, $0.phrase.value) } }
        return found.sorted { a, b in a.phrase.precedes(b.phrase, length: a.length, otherLength: b.length) }
            .map { ($0.length, $0.phrase.value) }
    }

    /// The longest phrase that starts at `index` (of equally long ones, the one `matches(in:at:)`
    /// lists first), without collecting the others.
    public func longestMatch(in tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        var best: (length: Int, phrase: Phrase)?
        visit(tokens, at: index) { length, phrase in
            if let b = best, !phrase.precedes(b.phrase, length: length, otherLength: b.length) { return }
            best = (length, phrase)
        }
        return best.map { ($0.length, $0.phrase.value) }
    }

    /// Calls `body` with each phrase that matches from `index`, and the number of tokens it covers.
    private func visit(_ tokens: [Token], at index: Int, _ body: (Int, Phrase) -> Void) {
        guard index < tokens.count, let start = starts.value(for: tokens[index]) else { return }
        if start.node >= 0 {
            var node = Int(start.node)
            var i = index + 1
            while true {
                for phrase in nodes[node].phrases { body(i - index, phrase) }
                guard i < tokens.count, let child = nodes[node].next.value(for: tokens[i]) else { break }
                node = Int(child)
                i += 1
            }
        }
        for entry in start.special {
            if let end = match(entry, 0, tokens, index) { body(end - index, entry.phrase) }
        }
    }

    /// The end index when `entry.words[w...]` matches from token `i`.
    private func match(_ entry: Entry, _ w: Int, _ tokens: [Token], _ i: Int) -> Int? {
        if w == entry.words.count { return i }
        let word = entry.words[w]
        if word == "…" {
            var j = i
            for _ in 0...gapLimit {
                if let end = match(entry, w + 1, tokens, j) { return end }
                guard j < tokens.count, tokens[j].kind != .punctuation || tokens[j].isMark(",") else { return nil }
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
