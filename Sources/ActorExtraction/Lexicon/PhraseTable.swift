/// Phrases (token sequences) mapped to values, found in a token stream longest first.
///
/// A phrase word `…` (or `...`) matches up to `gapLimit` words (and commas), so "pledged … support for" matches
/// "pledged infrastructure and security support for". A phrase written in capitals ("US", "WHO")
/// matches only the same capitals, so the pronoun "us" is not the United States.
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var exactCase: Bool
        var value: Value
    }

    private var byFirstWord: [String: [Entry]] = [:]
    /// A bit per hash bucket of the first words in `byFirstWord`: most tokens start no phrase, and
    /// a clear bit says so without a dictionary lookup.
    private var firstWordBits = [UInt64](repeating: 0, count: PhraseTable.bucketCount / 64)
    public var gapLimit = 4

    private static var bucketCount: Int { 1 << 14 }

    /// FNV-1a of the UTF-8 bytes, folded into `bucketCount` buckets.
    private static func bucket(_ word: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash & UInt32(bucketCount - 1))
    }

    /// False when no phrase starts with the folded word `word`; true when one may.
    func mayStart(with word: String) -> Bool {
        let b = Self.bucket(word)
        return firstWordBits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    public init() {}

    /// How many phrases the table holds.
    public var count: Int { byFirstWord.values.reduce(0) { $0 + $1.count } }

    /// Adds a phrase; `phrase` is tokenized as document text is.
    public mutating func insert(_ phrase: String, _ value: Value) {
        let tokens = Tokenizer().tokens(in: phrase)
        guard let first = tokens.first else { return }
        let exactCase = tokens.allSatisfy { $0.isAllCaps || $0.kind != .word } && tokens.contains { $0.isAllCaps }
        let words = tokens.map { exactCase ? $0.text : ($0.folded == "..." ? "…" : $0.folded) }
        let entry = Entry(words: words, exactCase: exactCase, value: value)
        let key = exactCase ? first.folded : words[0]
        byFirstWord[key, default: []].append(entry)
        let b = Self.bucket(key)
        firstWordBits[b >> 6] |= 1 << UInt64(b & 63)
        byFirstWord[key]!.sort { $0.words.count > $1.words.count }
    }

    /// Every phrase that starts at `index`, longest match first, with the number of tokens it covers.
    public func matches(in tokens: [Token], at index: Int) -> [(length: Int, value: Value)] {
        guard index < tokens.count, mayStart(with: tokens[index].folded),
              let entries = byFirstWord[tokens[index].folded] else { return [] }
        var found: [(length: Int, value: Value)] = []
        for entry in entries {
            if let end = match(entry, 0, tokens, index) { found.append((end - index, entry.value)) }
        }
        return found.sorted { $0.length > $1.length }
    }

    /// The longest phrase that starts at `index`.
    public func longestMatch(in tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        matches(in: tokens, at: index).first
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
        let ok = entry.exactCase ? tokens[i].text == word : tokens[i].folded == word
        return ok ? match(entry, w + 1, tokens, i + 1) : nil
    }
}
