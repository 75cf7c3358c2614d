import Syntax

/// A sentence with its dependency tree, and which extraction token and mention each word is part of.
public struct ParsedSentence: Sendable {
    /// The tree's words (heads 1-based, 0 for the root; words before a dateline's dash have head -1).
    public let words: [SyntaxWord]
    /// The extraction token (index into `Sentence.tokens`) each word comes from.
    public let tokenOfWord: [Int]
    /// The dependents of each word, left to right.
    let children: [[Int]]
    /// Indices into the sentence's mentions of the mentions holding each word (several for a list
    /// spread over one phrase: "the presidents of Kenya and Uganda").
    let mentionsOfWord: [[Int]]

    init(words: [SyntaxWord], tokenOfWord: [Int], mentions: [ResolvedMention]) {
        self.words = words
        self.tokenOfWord = tokenOfWord
        var children = [[Int]](repeating: [], count: words.count)
        for (i, w) in words.enumerated() where w.head > 0 { children[w.head - 1].append(i) }
        self.children = children
        mentionsOfWord = tokenOfWord.map { token in mentions.indices.filter { mentions[$0].mention.tokens.contains(token) } }
    }

    /// The head of word `i` (0-based), or `nil` for the root.
    func head(_ i: Int) -> Int? {
        words[i].head > 0 ? words[i].head - 1 : nil
    }

    /// The dependents of `i` attached as `relation` (see `TreePath.matches`).
    func dependents(of i: Int, _ relation: String) -> [Int] {
        children[i].filter { TreePath.matches(words[$0].deprel, relation) }
    }

    /// The first dependent of `i` attached as one of `relations` whose lemma passes `test`, if any.
    func dependent(of i: Int, in relations: Set<String>, where test: (String) -> Bool) -> Int? {
        children[i].first { relations.contains(words[$0].deprel) && test(lemma($0)) }
    }

    /// The lowercase lemma of word `i`.
    func lemma(_ i: Int) -> String {
        words[i].lemma.lowercased()
    }

    /// The preposition (`case` dependent) of word `i` as written, lowercase ("including"), if any;
    /// also one the parser hung on a title or name part before it ("with [the president] Karzai").
    func preposition(of i: Int) -> String? {
        caseWord(of: i).map { words[$0].form.lowercased() }
    }

    /// The word `preposition(of:)` reads.
    func caseWord(of i: Int) -> Int? {
        let inPhrase = children[i].filter { $0 < i && ["nmod:desc", "compound", "amod", "flat"].contains(words[$0].deprel) }
        return children[i].first { words[$0].deprel == "case" }
            ?? inPhrase.lazy.compactMap { w in self.children[w].first { self.words[$0].deprel == "case" && $0 < w } }.first
    }

    /// Whether a word strictly between `a` and `b` passes `test`.
    func hasWord(between a: Int, and b: Int, where test: (SyntaxWord) -> Bool) -> Bool {
        let (low, high) = (min(a, b), max(a, b))
        return low + 1 < high && words[(low + 1)..<high].contains(where: test)
    }

    /// Whether word `i` is a passive verb: it has a passive auxiliary or an agent, or is a past
    /// participle describing a noun.
    func isPassive(_ i: Int) -> Bool {
        // A passive subject alone is the tagger's VBN for a VBD ("the two leaders met").
        if children[i].contains(where: { ["aux:pass", "obl:agent"].contains(words[$0].deprel) }) { return true }
        // A participle describing a noun: "the militia, backed by Rwanda,".
        return words[i].xpos == "VBN" && words[i].deprel.hasPrefix("acl") && !words[i].deprel.hasSuffix("relcl")
    }

    /// `i` and every word coordinated with it (`conj`, recursively, and an apposition that is itself
    /// a coordination: "A, B and C") or listed under it with "including" ("officials, including Wang
    /// Yi"), left to right.
    func coordination(_ i: Int) -> [Int] {
        var found = [i]
        var k = 0
        while k < found.count {
            found += children[found[k]].filter { c in
                words[c].deprel == "conj" || (TreePath.matches(words[c].deprel, "nmod") && preposition(of: c) == "including")
                    // "A, B and C" read as A with the apposition "B and C"
                    || (words[c].deprel == "appos" && children[c].contains { words[$0].deprel == "conj" })
            }
            k += 1
        }
        return found.sorted()
    }
}
