/// What makes two spellings of a personal name one actor beyond `NameKey`'s own rules: spellings of
/// a name part that stand for each other (`name-variants.tsv`: "Anthony" for "Antony"), and the
/// articles a name may leave out (`name-words.tsv`, kind `article`: "al" of "Bashar al-Assad").
public struct NameVariants: Sendable {
    /// The spelling key (`NameKey.spelling`) of each listed variant, to the key of the name it stands for.
    private var names = WordTable<String>()
    /// The UTF-8 of each folded article.
    private var articles: [[UInt8]] = []

    public init() {}

    /// The key of the name a part spelled with key `spelling` stands for (`spelling` itself when it is no variant).
    func name(spelledAs spelling: String) -> String {
        names[spelling] ?? spelling
    }

    /// The spelling key of a name part as a lexicon row writes it ("Anthony" → "anthny").
    static func key(_ part: String) -> String {
        NameKey.spelling(NameKey.exact(part))
    }

    /// The key of the name `variant` stands for, when listed.
    func listed(_ variant: String) -> String? {
        names[Self.key(variant)]
    }

    /// Makes `variant` a spelling of `name` (of the name `name` stands for, when it is a variant itself).
    mutating func add(_ variant: String, of name: String) {
        let key = Self.key(variant)
        let target = self.name(spelledAs: Self.key(name))
        if key != target { names.set(key, target) }
    }

    /// Whether the folded part with UTF-8 `bytes` is an article.
    func isArticle(_ bytes: some Collection<UInt8>) -> Bool {
        articles.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }

    mutating func addArticle(_ word: String) {
        let bytes = Array(NameKey.exact(word).utf8)
        if !articles.contains(bytes) { articles.append(bytes) }
    }
}
