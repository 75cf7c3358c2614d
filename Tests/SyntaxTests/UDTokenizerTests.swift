import Syntax
import Testing

@Suite("UD token refinement")
struct UDTokenizerTests {
    /// Refines `pieces`, found in `text` in order (as a coarse tokenizer would give them).
    private func refine(_ text: String, _ pieces: [String]) -> [UDToken] {
        let bytes = Array(text.utf8)
        var cursor = 0
        var spans: [Range<Int>] = []
        for piece in pieces {
            let needle = Array(piece.utf8)
            while cursor + needle.count <= bytes.count, !bytes[cursor..<cursor + needle.count].elementsEqual(needle) { cursor += 1 }
            spans.append(cursor..<cursor + needle.count)
            cursor += needle.count
        }
        return UDTokenizer().tokens(in: text, pieces: spans)
    }

    /// Every token's span holds exactly its form.
    private func spansHoldForms(_ text: String, _ tokens: [UDToken]) -> Bool {
        let bytes = Array(text.utf8)
        return tokens.allSatisfy { String(decoding: bytes[$0.span], as: UTF8.self) == $0.form }
    }

    @Test("clitics split off, with straight and curly apostrophes; can't → ca n't, won't → wo n't")
    func clitics() {
        let text = "They didn’t say we’ll win, but I'm sure she'd come and you've heard they're here: it can't, won't fail."
        let pieces = ["They", "didn’t", "say", "we’ll", "win", ",", "but", "I'm", "sure", "she'd", "come", "and",
                      "you've", "heard", "they're", "here", ":", "it", "can't", ",", "won't", "fail", "."]
        let tokens = refine(text, pieces)
        #expect(tokens.map(\.form) == [
            "They", "did", "n’t", "say", "we", "’ll", "win", ",", "but", "I", "'m", "sure", "she", "'d", "come",
            "and", "you", "'ve", "heard", "they", "'re", "here", ":", "it", "ca", "n't", ",", "wo", "n't", "fail", ".",
        ])
        #expect(spansHoldForms(text, tokens))
        // The curly apostrophe is three bytes: "n’t" runs from the "n" to the end of "didn’t".
        #expect(tokens[2].span == 8..<13)
    }

    @Test("two clitics, and contractions written without an apostrophe")
    func moreClitics() {
        #expect(refine("We wouldn't've gone", ["We", "wouldn't've", "gone"]).map(\.form) == ["We", "would", "n't", "'ve", "gone"])
        #expect(refine("I cannot go, dont ask", ["I", "cannot", "go", ",", "dont", "ask"]).map(\.form)
            == ["I", "can", "not", "go", ",", "do", "nt", "ask"])
        // An apostrophe inside a name is no clitic.
        #expect(refine("O'Neill met D'Amato", ["O'Neill", "met", "D'Amato"]).map(\.form) == ["O'Neill", "met", "D'Amato"])
    }

    @Test("hyphens split between words, not after prefixes EWT keeps, not in telephone numbers")
    func hyphens() {
        let text = "A 15-year-old so-called e-mail from a non-profit group, call 555-0199 or 1-800-555-0199 on 3-4 May."
        let pieces = ["A", "15-year-old", "so-called", "e-mail", "from", "a", "non-profit", "group", ",", "call",
                      "555-0199", "or", "1-800-555-0199", "on", "3-4", "May", "."]
        let tokens = refine(text, pieces)
        #expect(tokens.map(\.form) == [
            "A", "15", "-", "year", "-", "old", "so", "-", "called", "e-mail", "from", "a", "non-profit", "group", ",",
            "call", "555-0199", "or", "1-800-555-0199", "on", "3", "-", "4", "May", ".",
        ])
        #expect(spansHoldForms(text, tokens))
    }

    @Test("slashes: words stay apart, dates and single letters join")
    func slashes() {
        let text = "Bring tea and/or milk on 9/11 or 11/28/2000, w/o sugar."
        let pieces = ["Bring", "tea", "and", "/", "or", "milk", "on", "9", "/", "11", "or", "11", "/", "28", "/", "2000",
                      ",", "w", "/", "o", "sugar", "."]
        let tokens = refine(text, pieces)
        #expect(tokens.map(\.form) == ["Bring", "tea", "and", "/", "or", "milk", "on", "9/11", "or", "11/28/2000", ",",
                                       "w/o", "sugar", "."])
        #expect(spansHoldForms(text, tokens))
    }

    @Test("abbreviations stay whole; clock times, ellipses, addresses and emoticons join")
    func merges() {
        let text = "Mr. Li left the U.S. on Jan. 5 at 10:30... See http://example.org/a-b or mail ann.lee@example.org :)"
        let pieces = ["Mr.", "Li", "left", "the", "U.S.", "on", "Jan.", "5", "at", "10", ":", "30", ".", ".", ".",
                      "See", "http", ":", "/", "/", "example.org", "/", "a-b", "or", "mail", "ann.lee", "@",
                      "example.org", ":", ")"]
        let tokens = refine(text, pieces)
        #expect(tokens.map(\.form) == ["Mr.", "Li", "left", "the", "U.S.", "on", "Jan.", "5", "at", "10:30", "...",
                                       "See", "http://example.org/a-b", "or", "mail", "ann.lee@example.org", ":)"])
        #expect(spansHoldForms(text, tokens))
    }

    @Test("decades and short years join; a unit written onto its number splits, ordinals do not")
    func numbers() {
        let text = "In the 1980's and '68 it took 40mins at 10am on the 2nd, in the 1960s."
        let pieces = ["In", "the", "1980", "'s", "and", "'", "68", "it", "took", "40mins", "at", "10am", "on", "the",
                      "2nd", ",", "in", "the", "1960s", "."]
        let tokens = refine(text, pieces)
        #expect(tokens.map(\.form) == ["In", "the", "1980's", "and", "'68", "it", "took", "40", "mins", "at", "10", "am",
                                       "on", "the", "2nd", ",", "in", "the", "1960s", "."])
        #expect(spansHoldForms(text, tokens))
    }

    @Test("a web address leaves its closing bracket and final period outside")
    func addressEdges() {
        let text = "(see www.example.org/news)."
        let tokens = refine(text, ["(", "see", "www.example.org", "/", "news", ")", "."])
        #expect(tokens.map(\.form) == ["(", "see", "www.example.org/news", ")", "."])
    }

    @Test("CoNLL-U words carry SpaceAfter=No where tokens touch")
    func spaceAfter() {
        let words = UDToken.conlluWords(refine("It didn't.", ["It", "didn't", "."]))
        #expect(words.map(\.form) == ["It", "did", "n't", "."])
        #expect(words.map(\.noSpaceAfter) == [false, true, true, false])
    }
}
