import Syntax

/// Every spelling a trigger lemma may take in text, lowercase: the regular inflections of
/// English and, given a lemmatizer, the irregular forms of its exceptions ("met" for meet). A
/// sentence with none of them holds no trigger and is not parsed.
struct TriggerForms: Sendable {
    private var forms: WordSet = []

    init(lemmas: some Sequence<String>, lemmatizer: Lemmatizer?) {
        let wanted = Set(lemmas)
        for lemma in wanted {
            for form in Self.inflections(of: lemma) { forms.insert(Tokenizer.fold(form)) }
        }
        for (key, lemma) in lemmatizer?.exceptions ?? [:] where wanted.contains(lemma.lowercased()) {
            forms.insert(Tokenizer.fold(String(key.prefix { $0 != "\t" })))
        }
    }

    func contains(_ token: Token) -> Bool {
        forms.contains(token)
    }

    /// -s, -es, -ed, -d, -ing, -e dropped before -ing, -y to -ies/-ied, a doubled final consonant.
    static func inflections(of lemma: String) -> [String] {
        var result = [lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"]
        if lemma.hasSuffix("e") { result.append(lemma.dropLast() + "ing") }
        if lemma.hasSuffix("y") { result += [lemma.dropLast() + "ies", lemma.dropLast() + "ied"] }
        if let last = lemma.last, !"aeiouwxy".contains(last) { result += [lemma + String(last) + "ed", lemma + String(last) + "ing"] }
        return result
    }
}
