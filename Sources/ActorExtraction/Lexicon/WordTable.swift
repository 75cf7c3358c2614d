/// Folded words mapped to values, looked up by the hash a `Token` carries (`Token.foldedHash`), so a
/// token's word is hashed once, when it is tokenized, however many tables look it up.
///
/// Open addressing with linear probing; a hit is confirmed with `==` on the words, so lookups answer
/// as a `[String: Value]` would (see `Token.hash`).
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var words: [String] = []
    private var hashes: [Int] = []
    private var values: [Value] = []
    /// Indices into `words`, or -1 for an empty slot; a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 16)

    init() {}

    /// An empty table with room for `capacity` words before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        words.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        for (word, value) in elements { set(word, value) }
    }

    var count: Int { words.count }

    /// The words, in insertion order.
    var allWords: [String] { words }

    func value(for token: Token) -> Value? {
        value(for: token.folded, hash: token.foldedHash)
    }

    /// The value of a folded word whose `Token.hash` is `hash`.
    func value(for folded: String, hash: Int) -> Value? {
        find(folded, hash: hash).map { values[$0] }
    }

    subscript(word: String) -> Value? {
        find(word, hash: Token.hash(word)).map { values[$0] }
    }

    /// Sets the value of `word` (whose `Token.hash` is `hash`, when known).
    mutating func set(_ word: String, hash: Int? = nil, _ value: Value) {
        let hash = hash ?? Token.hash(word)
        if let i = find(word, hash: hash) {
            values[i] = value
            return
        }
        words.append(word)
        hashes.append(hash)
        values.append(value)
        if words.count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(words.count - 1) }
    }

    /// The index of `word` in `words`.
    @inline(__always)
    private func find(_ word: String, hash: Int) -> Int? {
        let mask = slots.count - 1
        var s = hash & mask
        while true {
            let i = Int(slots[s])
            if i < 0 { return nil }
            if hashes[i] == hash, words[i] == word { return i }
            s = (s + 1) & mask
        }
    }

    private mutating func place(_ i: Int) {
        let mask = slots.count - 1
        var s = hashes[i] & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(i)
    }

    private mutating func rehash(capacity: Int) {
        slots = [Int32](repeating: -1, count: capacity)
        for i in words.indices { place(i) }
    }
}

/// A set of folded words, tested with the hash each token carries (see `WordTable`).
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()

    public init(arrayLiteral words: String...) {
        for word in words { insert(word) }
    }

    /// An empty set with room for `capacity` words before it grows.
    init(capacity: Int) {
        table = WordTable(capacity: capacity)
    }

    public var count: Int { table.count }

    /// The words, in insertion order.
    var allWords: [String] { table.allWords }

    public func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether the folded word whose `Token.hash` is `hash` is in the set.
    func contains(_ folded: String, hash: Int) -> Bool { table.value(for: folded, hash: hash) != nil }

    /// Whether the token's folded word is in the set.
    func contains(_ token: Token) -> Bool { table.value(for: token) != nil }

    public mutating func insert(_ word: String) { table.set(word, true) }

    /// Inserts a folded word whose `Token.hash` is `hash`.
    mutating func insert(_ folded: String, hash: Int) { table.set(folded, hash: hash, true) }
}
