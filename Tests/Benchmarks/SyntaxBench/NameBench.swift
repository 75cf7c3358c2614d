import Foundation
import Syntax

/// Precision and recall of `ProperNameFinder` spans against named-entity spans, with the
/// disagreements sorted into kinds.
struct NameBench {
    var finder: ProperNameFinder
    var errors: Int

    /// Universal NER PER/ORG/LOC spans over EWT test; sentences matched by `sent_id` (by their
    /// characters when the trees have none), tokens aligned by their characters (UNER splits a
    /// few words differently from EWT).
    func runUNER(trees: [CoNLLUSentence], gold: [IOBSentence]) {
        var byID: [String: CoNLLUSentence] = [:]
        var byCharacters: [String: CoNLLUSentence] = [:]
        for tree in trees {
            if let id = Self.sentenceID(tree) { byID[id] = tree }
            byCharacters[Self.characters(tree.words.map(\.form))] = tree
        }
        var score = Score()
        var byType: [String: Score] = [:]
        var review = Review()
        var misaligned = 0
        var unmatched = 0
        for sentence in gold {
            guard let tree = sentence.id.flatMap({ byID[$0] }) ?? byCharacters[Self.characters(sentence.forms)] else {
                unmatched += 1
                continue
            }
            let words = tree.words
            let wordChars = Self.characterSpans(words.map(\.form))
            let tokenChars = Self.characterSpans(sentence.forms)
            let entities: [(type: String, words: Range<Int>)] = sentence.entities.compactMap { e in
                let chars = tokenChars[e.tokens.lowerBound].lowerBound..<tokenChars[e.tokens.upperBound - 1].upperBound
                guard let lo = wordChars.firstIndex(where: { $0.lowerBound == chars.lowerBound }),
                      let hi = wordChars.firstIndex(where: { $0.upperBound == chars.upperBound }), lo <= hi else {
                    misaligned += 1
                    return nil
                }
                return (e.type, lo..<hi + 1)
            }
            let names = finder.names(in: words)
            review.compare(gold: entities, names: names, words: words, into: &score, byType: &byType)
        }
        print("Proper names on \(trees.count) EWT test trees vs UNER PER/ORG/LOC (exact spans)\(Self.options(finder))")
        if misaligned > 0 { print("  (\(misaligned) UNER spans do not start and end at tree words: counted as missed)") }
        if unmatched > 0 { print("  (\(unmatched) UNER sentences have no tree with their id or characters: skipped)") }
        score.gold += misaligned
        print(score.line("all names"))
        for type in byType.keys.sorted() { print("  recall \(type): \(byType[type]!.correct)/\(byType[type]!.gold)") }
        review.print(errors)
    }

    /// GUM news mentions of persons, organizations and places whose head (in the gold tree) is a
    /// PROPN: the named ones. Exact spans compare with the mention's minimal span (GUM's `minspan`,
    /// the name without determiners and modifiers); head matches compare the name's head word
    /// with the mention's head.
    func runGUM(trees: [CoNLLUSentence], gold: [CoNLLUSentence]) {
        guard trees.count == gold.count else {
            print("GUM: \(trees.count) tree sentences but \(gold.count) gold sentences; skipped")
            return
        }
        let types: Set<String> = ["person", "organization", "place"]
        var exact = Score()
        var heads = Score()
        var byType: [String: Score] = [:]
        var review = Review()
        var otherTypes = Tally()
        for (tree, sentence) in zip(trees, gold) {
            let mentions = GUMMention.mentions(in: sentence)
            let named = mentions.filter { types.contains($0.type) && sentence.words[$0.head(in: sentence.words)].upos == "PROPN" }
            let names = finder.names(in: tree.words)
            let entities = named.map { (type: $0.type, words: $0.minimal.min()!..<$0.minimal.max()! + 1) }
            review.compare(gold: entities, names: names, words: tree.words, into: &exact, byType: &byType)
            let goldHeads = Set(named.map { $0.head(in: sentence.words) })
            let nameHeads = Set(names.map(\.head))
            heads.gold += goldHeads.count
            heads.predicted += nameHeads.count
            heads.correct += goldHeads.intersection(nameHeads).count
            var typeOfHead: [Int: String] = [:]
            for m in mentions { typeOfHead[m.head(in: sentence.words)] = m.type }
            for h in nameHeads.subtracting(goldHeads).sorted() { otherTypes.add(typeOfHead[h].map { "a \($0) mention" } ?? "no mention") }
        }
        print("Proper names on \(trees.count) GUM news trees vs named person/organization/place mentions\(Self.options(finder))")
        print(exact.line("exact (minimal spans)"))
        print(heads.line("head words"))
        for type in byType.keys.sorted() { print("  exact recall \(type): \(byType[type]!.correct)/\(byType[type]!.gold)") }
        otherTypes.print("name heads that head no named person/organization/place", errors)
        review.print(errors)
    }

    private static func options(_ finder: ProperNameFinder) -> String {
        (finder.joinsOf ? "; 'of' joins names" : "; 'of' splits names") + (finder.joinsModifiers ? "; capitalised amod joins" : "")
    }

    private static func sentenceID(_ sentence: CoNLLUSentence) -> String? {
        sentence.comments.first { $0.hasPrefix("# sent_id = ") }.map { String($0.dropFirst("# sent_id = ".count)) }
    }

    /// The sentence's characters without spaces: what matches a tree to a UNER sentence when the
    /// trees carry no `sent_id`.
    private static func characters(_ forms: [String]) -> String {
        String(String.UnicodeScalarView(forms.joined().unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Each form's characters in the sentence with the spaces left out.
    private static func characterSpans(_ forms: [String]) -> [Range<Int>] {
        var start = 0
        return forms.map { form in
            let length = form.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            defer { start += length }
            return start..<start + length
        }
    }
}
