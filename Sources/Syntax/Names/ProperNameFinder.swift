/// Finds proper names in a parsed sentence: every PROPN that does not itself belong to another
/// name, with its `flat` dependents and its PROPN `compound` dependents, recursively ("Mary Jo
/// Foley", "Microsoft Watch"); hyphens and periods between the words come along ("al - Qaeda").
///
/// With `joinsOf`, a PROPN `nmod` introduced by "of" joins the name of the word it modifies
/// ("Bank of England", "University of Chicago"); without it, those are two names.
///
/// Names are contiguous: when the tree puts other words between a name's words, the name is the
/// contiguous stretch around its head.
public struct ProperNameFinder: Sendable {
    public var joinsOf: Bool

    public init(joinsOf: Bool = false) {
        self.joinsOf = joinsOf
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
        /// Word `i` belongs to the name of its head.
        func isNamePart(_ i: Int) -> Bool {
            guard let h = head(i), isProper[h] else { return false }
            let relation = words[i].deprel
            return relation == "flat" || relation.hasPrefix("flat:") || (relation == "compound" && isProper[i])
        }
        /// Word `i` is a PROPN `nmod` of its head introduced by "of": the index of that "of".
        func ofJoin(_ i: Int) -> Int? {
            guard joinsOf, isProper[i], let h = head(i), h < i, isProper[h] || isNamePart(h),
                  words[i].universalRelation == "nmod", words[i].deprel != "nmod:poss" else { return nil }
            return children[i].first { words[$0].deprel == "case" && words[$0].form.lowercased() == "of" }
        }

        var result: [ProperName] = []
        for start in 0..<n where isProper[start] && !isNamePart(start) && ofJoin(start) == nil {
            var member = [Bool](repeating: false, count: n)
            var stack = [start]
            while let i = stack.popLast() {
                member[i] = true
                for c in children[i] where isNamePart(c) { stack.append(c) }
                for c in children[i] {
                    if let of = ofJoin(c) { member[of] = true; stack.append(c) }
                }
            }
            /// Inside a name: its words, and punctuation hanging on them ("al - Qaeda", "St .").
            func inside(_ i: Int) -> Bool {
                member[i] || (words[i].upos == "PUNCT" && head(i).map { member[$0] } == true
                              && ["-", ".", "&", "\u{2010}"].contains(words[i].form))
            }
            var lo = start
            var hi = start + 1
            while lo > 0, inside(lo - 1) { lo -= 1 }
            while hi < n, inside(hi) { hi += 1 }
            while lo < start, !member[lo] { lo += 1 }
            while hi > start + 1, !member[hi - 1] { hi -= 1 }
            result.append(ProperName(words: lo..<hi, head: start))
        }
        return result
    }
}
