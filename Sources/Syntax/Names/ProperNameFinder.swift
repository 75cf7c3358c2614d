/// Finds proper names in a parsed sentence: every PROPN that does not itself belong to another
/// name, with its `flat` dependents and its PROPN `compound` dependents, recursively ("Mary Jo
/// Foley", "Microsoft Watch"); hyphens and periods between the words come along ("al - Qaeda").
///
/// - `joinsModifiers`: a capitalised `amod` right before a name word joins it ("Democratic Party",
///   "United States", "New Zealand").
/// - `joinsOf`: a PROPN `nmod` introduced by "of" joins the name of the word it modifies ("Bank of
///   England", "University of Chicago"), unless that name has `flat` parts, as personal names do
///   ("Lena Ruiz of Acme" stays two names); without it, those are always two names.
///
/// Names are contiguous: when the tree puts other words between a name's words, each stretch is a
/// name of its own ("UN Secretary General Kofi Annan", with "General" an adjective: "UN Secretary"
/// and "Kofi Annan"). Days and months ("Friday", "March") are PROPN in UD but no names here.
/// Titles stay in ("President Obama"): telling them apart needs a word list, which is the
/// caller's.
public struct ProperNameFinder: Sendable {
    public var joinsOf: Bool
    public var joinsModifiers: Bool

    public init(joinsOf: Bool = true, joinsModifiers: Bool = true) {
        self.joinsOf = joinsOf
        self.joinsModifiers = joinsModifiers
    }

    /// The names of `words` (heads 1-based as in CoNLL-U, 0 for the root), in word order.
    public func names(in words: [SyntaxWord]) -> [ProperName] {
        let n = words.count
        func head(_ i: Int) -> Int? {
            let h = words[i].head - 1
            return h >= 0 && h < n ? h : nil
        }
        var children = [[Int]](repeating: [], count: n)
        for i in 0..<n { if let h = head(i) { children[h].append(i) } }

        let isProper = words.map { $0.upos == "PROPN" }
        func isFlat(_ i: Int) -> Bool { words[i].deprel == "flat" || words[i].deprel.hasPrefix("flat:") }
        /// Word `i` belongs to the name of its head.
        func isNamePart(_ i: Int) -> Bool {
            guard let h = head(i), isProper[h] else { return false }
            let relation = words[i].deprel
            return isFlat(i) || (relation == "compound" && isProper[i])
        }
        /// Word `i` is a PROPN `nmod` introduced by "of" that joins the name of its head. A head
        /// with `flat` parts is a personal name ("Lena Ruiz of Acme"), which "of" does not extend.
        func joinsByOf(_ i: Int) -> Bool {
            guard joinsOf, isProper[i], let h = head(i), h < i, isProper[h], !isFlat(h),
                  !children[h].contains(where: isFlat),
                  words[i].universalRelation == "nmod", words[i].deprel != "nmod:poss" else { return false }
            return children[i].contains { words[$0].deprel == "case" && words[$0].form.lowercased() == "of" }
        }

        var result: [ProperName] = []
        for start in 0..<n where isProper[start] && !isNamePart(start) && !joinsByOf(start) {
            var member = [Bool](repeating: false, count: n)
            var joined = [Bool](repeating: false, count: n)
            var stack = [start]
            while let i = stack.popLast() {
                if member[i] { continue }  // a malformed tree may loop
                member[i] = true
                for c in children[i] where isNamePart(c) || (joinsModifiers && isCapitalisedModifier(c, of: i)) {
                    stack.append(c)
                }
                for c in children[i] where joinsByOf(c) {
                    joined[c] = true
                    stack.append(c)
                }
            }
            /// Inside a name: its words, punctuation hanging on them ("al - Qaeda", "St ."), and the
            /// "of" and "the" of a joined `nmod` ("Daughters of the American Revolution").
            func inside(_ i: Int) -> Bool {
                guard !member[i] else { return true }
                guard let h = head(i), member[h] else { return false }
                if words[i].upos == "PUNCT" { return Self.innerMarks.contains(words[i].form) }
                let form = words[i].form.lowercased()
                return joined[h] && (form == "of" && words[i].deprel == "case" || form == "the" && words[i].deprel == "det")
            }
            // Each stretch of the name's words is a name: "UN Secretary General Kofi Annan", where
            // "General" is no name word, gives "UN Secretary" and "Kofi Annan".
            var i = 0
            while i < n {
                guard member[i] else { i += 1; continue }
                var end = i + 1
                while end < n, inside(end) { end += 1 }
                while !member[end - 1] { end -= 1 }
                let block = i..<end
                let top = block.contains(start) ? start : block.first { w in head(w).map { !block.contains($0) } ?? true } ?? i
                if Self.isName(words[block]) { result.append(ProperName(words: block, head: top)) }
                i = end
            }
        }
        return result.sorted { $0.words.lowerBound < $1.words.lowerBound }

        /// A capitalised adjective or participle right before word `i` that modifies it
        /// ("Democratic Party", "United States", "High Wycombe").
        func isCapitalisedModifier(_ c: Int, of i: Int) -> Bool {
            c + 1 == i && words[c].deprel == "amod" && words[c].form.first?.isUppercase == true
        }
    }

    private static let innerMarks: Set<String> = ["-", ".", "&", "\u{2010}"]

    /// A name is not just a day or month ("Friday", "March"), which UD tags PROPN but which names
    /// no actor.
    private static func isName(_ words: ArraySlice<SyntaxWord>) -> Bool {
        !words.allSatisfy { word in
            word.upos == "PUNCT" || calendarWords.contains(word.form.lowercased().trimmingSuffix("."))
        }
    }

    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec",
    ]
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
