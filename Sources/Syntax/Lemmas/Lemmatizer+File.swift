/// The lemma file: one line per entry, tab-separated, sorted:
///
/// ```
/// base        adjective  large
/// base        verb       threaten
/// exception   met        VBD       meet
/// ```
/// Exceptions map a form (lowercased unless proper) with its Penn Treebank tag to its lemma.
extension Lemmatizer {
    /// The lemmatizer as the text of its file.
    public func fileText() -> String {
        var lines: [String] = []
        for wordClass in InflectionRules.WordClass.allCases {
            for base in bases[wordClass] ?? [] { lines.append("base\t\(wordClass.rawValue)\t\(base)") }
        }
        for (key, lemma) in exceptions { lines.append("exception\t\(key)\t\(lemma)") }
        lines.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Reads the text written by `fileText()`.
    public init(fileText text: String) throws(ModelFormatError) {
        var bases: [InflectionRules.WordClass: Set<String>] = [:]
        var exceptions: [String: String] = [:]
        for (number, fields) in TabSeparatedText.lines(text) {
            if fields.count == 3, fields[0] == "base", let wordClass = InflectionRules.WordClass(rawValue: fields[1]),
               !fields[2].isEmpty {
                bases[wordClass, default: []].insert(fields[2])
            } else if fields.count == 4, fields[0] == "exception", fields.dropFirst().allSatisfy({ !$0.isEmpty }) {
                exceptions[fields[1] + "\t" + fields[2]] = fields[3]
            } else {
                throw ModelFormatError("line \(number): expected 'base CLASS WORD' or 'exception FORM XPOS LEMMA'")
            }
        }
        self.init(exceptions: exceptions, bases: bases)
    }
}
