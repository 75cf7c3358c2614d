/// English inflection undone by rule: the possible base forms of an inflected word, given its
/// Penn Treebank tag ("stopped" VBD → stop, "hoped" VBD → hope, "companies" NNS → company).
///
/// The rules only know spelling; `Lemmatizer` picks among the candidates the one it knows as a
/// base form, or the first, and its exception table corrects what spelling cannot know
/// ("met" → meet).
enum InflectionRules {
    /// Which base forms a candidate is checked against.
    enum WordClass: String, Sendable, CaseIterable {
        case verb, noun, adjective
    }

    /// The word class and base-form candidates of `word` (lowercased, or as written for proper
    /// nouns) tagged `xpos`, the most likely first; nil when the tag is not inflected.
    static func candidates(_ word: String, xpos: String) -> (wordClass: WordClass, candidates: [String])? {
        let w = Array(word.utf8)
        switch xpos {
        case "VBD", "VBN":
            return (.verb, ends(w, "ed") && w.count > 3 ? stems(Array(w.dropLast(2))) : [word])
        case "VBG":
            return (.verb, ends(w, "ing") && w.count > 4 ? stems(Array(w.dropLast(3)), beforeIng: true) : [word])
        case "VBZ":
            return (.verb, thirdPerson(w))
        case "NNS", "NNPS":
            return (.noun, plural(w))
        case "JJR", "RBR":
            return (.adjective, ends(w, "er") && w.count > 3 ? stems(Array(w.dropLast(2))) : [word])
        case "JJS", "RBS":
            return (.adjective, ends(w, "est") && w.count > 4 ? stems(Array(w.dropLast(3))) : [word])
        default:
            return nil
        }
    }

    /// Bases for a stem left by -ed, -ing, -er or -est: "stopp" → stop, "hop" → hope, "tri" → try.
    private static func stems(_ s: [UInt8], beforeIng: Bool = false) -> [String] {
        guard let last = s.last else { return [] }
        var result: [[UInt8]] = []
        if beforeIng, s.count == 2, last == y {
            result.append([s[0]] + Array("ie".utf8))  // dying → die
        }
        if last == i {
            result.append(s.dropLast() + [y])  // tried → try, happier → happy
        }
        if last == e { result.append(s + [e]) }  // agreed → agree
        if s.count >= 3, s[s.count - 2] == last, undoubled.contains(last) {
            result.append(Array(s.dropLast()))  // stopped → stop
        }
        if needsE(s) { result.append(s + [e]) }  // hoped → hope
        result.append(s)
        if last != e { result.append(s + [e]) }
        if s.count >= 3, s[s.count - 2] == last, !isVowel(last) { result.append(Array(s.dropLast())) }
        return unique(result)
    }

    /// Consonants whose doubling before -ed, -ing, -er is undone by default (not l, s, f, z: "called").
    private static let undoubled: Set<UInt8> = Set("bdgmnprt".utf8)

    /// Whether the stem most likely lost a final "e": "hop" (monosyllable, consonant-vowel-
    /// consonant), "danc", "argu", "handl", "caus", "creat", "requir", "determin", "decid".
    private static func needsE(_ s: [UInt8]) -> Bool {
        let count = s.count
        guard count >= 2 else { return false }
        let last = s[count - 1], before = s[count - 2]
        if Set("vcuz".utf8).contains(last) { return before != last }
        if last == g { return Set("dnr".utf8).contains(before) }
        if last == l { return Set("bcdfgkptz".utf8).contains(before) }
        if last == sLetter { return isVowel(before) }
        guard count >= 3, !isVowel(last), isVowel(before) else { return false }
        let third = s[count - 3]
        if !isVowel(third), !Set("wxy".utf8).contains(last), vowelGroups(s) == 1 { return true }  // hop, vot, tak
        switch last {
        case t: return (before == a && third != e && third != o) || (before == u && !isVowel(third))  // negotiat, execut
        case r: return before != e && !(isVowel(third) && third != u)  // requir, compar, secur; not appear, honour
        case n, d: return (before == i || before == u) && !isVowel(third)  // determin, decid, includ; not join, avoid
        default: return false
        }
    }

    /// Bases of a -s verb: "threatens" → threaten, "watches" → watch, "tries" → try.
    private static func thirdPerson(_ w: [UInt8]) -> [String] {
        guard w.count > 2, ends(w, "s"), !ends(w, "ss") else { return [String(decoding: w, as: UTF8.self)] }
        if ends(w, "ies"), w.count > 4 { return unique([w.dropLast(3) + [y], Array(w.dropLast(1))]) }
        if ends(w, "sses") || ends(w, "shes") || ends(w, "ches") || ends(w, "xes") || ends(w, "zzes") || ends(w, "oes") {
            return unique([Array(w.dropLast(2)), Array(w.dropLast(1))])
        }
        return unique([Array(w.dropLast(1)), Array(w.dropLast(2))])  // specializes → specialize
    }

    /// Bases of a plural noun: "talks" → talk, "companies" → company, "boxes" → box, "women" → woman.
    private static func plural(_ w: [UInt8]) -> [String] {
        let word = String(decoding: w, as: UTF8.self)
        if ends(w, "men"), w.count > 3 { return unique([w.dropLast(2) + Array("an".utf8), w]) }
        guard w.count > 2, ends(w, "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is") else { return [word] }
        if ends(w, "ies"), w.count > 4 { return unique([w.dropLast(3) + [y], Array(w.dropLast(1))]) }
        if ends(w, "ves") {
            return unique([Array(w.dropLast(1)), w.dropLast(3) + [f], w.dropLast(3) + Array("fe".utf8)])
        }
        if ends(w, "sses") || ends(w, "shes") || ends(w, "ches") || ends(w, "xes") || ends(w, "zes") {
            return unique([Array(w.dropLast(2)), Array(w.dropLast(1))])
        }
        return unique([Array(w.dropLast(1)), Array(w.dropLast(2))])
    }

    private static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return w.count >= s.count && w[(w.count - s.count)...].elementsEqual(s)
    }

    private static func isVowel(_ b: UInt8) -> Bool { b == a || b == e || b == i || b == o || b == u }

    private static func vowelGroups(_ s: [UInt8]) -> Int {
        var groups = 0, inVowel = false
        for b in s {
            let v = isVowel(b) || (b == y && groups > 0 && !inVowel)
            if v && !inVowel { groups += 1 }
            inVowel = v
        }
        return groups
    }

    /// The candidates in order without repeats, and none empty.
    private static func unique(_ candidates: [[UInt8]]) -> [String] {
        var result: [String] = []
        for bytes in candidates where !bytes.isEmpty {
            let s = String(decoding: bytes, as: UTF8.self)
            if !result.contains(s) { result.append(s) }
        }
        return result
    }

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    private static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), f = UInt8(ascii: "f"), g = UInt8(ascii: "g")
    private static let l = UInt8(ascii: "l"), sLetter = UInt8(ascii: "s"), t = UInt8(ascii: "t")
    private static let r = UInt8(ascii: "r"), n = UInt8(ascii: "n"), d = UInt8(ascii: "d")
}
