import Syntax
import Testing

@Suite("proper names from trees")
struct ProperNameFinderTests {
    /// A sentence from `form/UPOS/head/relation` items (heads 1-based, 0 the root).
    private func tree(_ items: [(String, String, Int, String)]) -> [SyntaxWord] {
        items.map { SyntaxWord(form: $0.0, upos: $0.1, head: $0.2, deprel: $0.3) }
    }

    private func names(_ words: [SyntaxWord], _ finder: ProperNameFinder = ProperNameFinder()) -> [String] {
        finder.names(in: words).map { words[$0.words].map(\.form).joined(separator: " ") }
    }

    @Test("a PROPN head with its flat and PROPN compound dependents; a PROPN compound of a noun stands alone")
    func chains() {
        // Mary Jo Foley praised the Apple store in Microsoft Watch
        let words = tree([
            ("Mary", "PROPN", 4, "nsubj"), ("Jo", "PROPN", 1, "flat"), ("Foley", "PROPN", 1, "flat"),
            ("praised", "VERB", 0, "root"), ("the", "DET", 7, "det"), ("Apple", "PROPN", 7, "compound"),
            ("store", "NOUN", 4, "obj"), ("in", "ADP", 10, "case"), ("Microsoft", "PROPN", 10, "compound"),
            ("Watch", "PROPN", 4, "obl"),
        ])
        #expect(names(words) == ["Mary Jo Foley", "Apple", "Microsoft Watch"])
        let found = ProperNameFinder().names(in: words)
        #expect(found.map(\.head) == [0, 5, 9])
        #expect(found.map(\.words) == [0..<3, 5..<6, 8..<10])
    }

    @Test("'of' joins a name when asked: Bank of England")
    func of() {
        // the Bank of England raised rates
        let words = tree([
            ("the", "DET", 2, "det"), ("Bank", "PROPN", 5, "nsubj"), ("of", "ADP", 4, "case"),
            ("England", "PROPN", 2, "nmod"), ("raised", "VERB", 0, "root"), ("rates", "NOUN", 5, "obj"),
        ])
        #expect(names(words, ProperNameFinder(joinsOf: true)) == ["Bank of England"])
        #expect(names(words, ProperNameFinder(joinsOf: false)) == ["Bank", "England"])
        // A personal name (flat parts) is not extended by "of": Lena Ruiz of Acme spoke
        let person = tree([
            ("Lena", "PROPN", 5, "nsubj"), ("Ruiz", "PROPN", 1, "flat"), ("of", "ADP", 4, "case"),
            ("Acme", "PROPN", 1, "nmod"), ("spoke", "VERB", 0, "root"),
        ])
        #expect(names(person, ProperNameFinder(joinsOf: true)) == ["Lena Ruiz", "Acme"])
    }

    @Test("words the tree puts between a name's words cut it in two")
    func stretches() {
        // UN Secretary General Kofi Annan spoke (the title heads the name, "General" is an adjective)
        let words = tree([
            ("UN", "PROPN", 2, "compound"), ("Secretary", "PROPN", 6, "nsubj"), ("General", "ADJ", 2, "amod"),
            ("Kofi", "PROPN", 2, "flat"), ("Annan", "PROPN", 4, "flat"), ("spoke", "VERB", 0, "root"),
        ])
        #expect(names(words) == ["UN Secretary", "Kofi Annan"])
        #expect(ProperNameFinder().names(in: words).map(\.head) == [1, 3])
    }

    @Test("a capitalised modifier right before a name joins it; hyphens inside come along")
    func modifiers() {
        // United States troops fought al - Qaeda
        let words = tree([
            ("United", "ADJ", 2, "amod"), ("States", "PROPN", 3, "compound"), ("troops", "NOUN", 4, "nsubj"),
            ("fought", "VERB", 0, "root"), ("al", "PROPN", 7, "compound"), ("-", "PUNCT", 5, "punct"),
            ("Qaeda", "PROPN", 4, "obj"),
        ])
        #expect(names(words) == ["United States", "al - Qaeda"])
        #expect(names(words, ProperNameFinder(joinsModifiers: false)) == ["States", "al - Qaeda"])
    }

    @Test("days and months are no names")
    func calendar() {
        // Lavrov arrived on Friday , Jan. 5
        let words = tree([
            ("Lavrov", "PROPN", 2, "nsubj"), ("arrived", "VERB", 0, "root"), ("on", "ADP", 4, "case"),
            ("Friday", "PROPN", 2, "obl"), (",", "PUNCT", 6, "punct"), ("Jan.", "PROPN", 4, "appos"),
            ("5", "NUM", 6, "nummod"),
        ])
        #expect(names(words) == ["Lavrov"])
    }

    @Test("a tree with a cycle ends")
    func cycle() {
        let words = tree([("Ann", "PROPN", 2, "flat"), ("Lee", "PROPN", 1, "flat")])
        #expect(names(words).isEmpty)
    }
}
