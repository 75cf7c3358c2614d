/// Writes sentences as CoNLL-U: comments, extra lines and words in order, an empty line after
/// each sentence. Tabs and line breaks inside a field would break the format, so they become
/// spaces; an empty field becomes `_`.
public enum CoNLLUWriter {
    /// The CoNLL-U text of `sentences`.
    public static func text(of sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences { append(sentence, to: &out) }
        return out
    }

    /// Appends one sentence, with the empty line that ends it, to `out`.
    public static func append(_ sentence: CoNLLUSentence, to out: inout String) {
        for comment in sentence.comments {
            out += clean(comment, allowTabs: true)
            out += "\n"
        }
        var extras = sentence.extraLines[...]
        for (index, word) in sentence.words.enumerated() {
            while let extra = extras.first, extra.beforeWord <= index {
                out += extra.line
                out += "\n"
                extras = extras.dropFirst()
            }
            let head = word.head < 0 ? "_" : String(word.head)
            let fields = [String(index + 1), word.form, word.lemma, word.upos, word.xpos, word.feats,
                          head, word.deprel, word.deps, word.misc]
            out += fields.map { clean($0, allowTabs: false) }.joined(separator: "\t")
            out += "\n"
        }
        for extra in extras {
            out += extra.line
            out += "\n"
        }
        out += "\n"
    }

    private static func clean(_ field: String, allowTabs: Bool) -> String {
        if field.isEmpty { return "_" }
        guard field.contains(where: { $0 == "\n" || $0 == "\r" || (!allowTabs && $0 == "\t") }) else { return field }
        return String(field.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
