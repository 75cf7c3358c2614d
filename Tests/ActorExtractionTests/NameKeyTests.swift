@testable import ActorExtraction
import Testing
import TestSupport

/// The one-pass ASCII name keys must give what the Foundation-based keys give.
@Suite("name keys")
struct NameKeyTests {
    static let alphabet = ["a", "e", "y", "b", "B", "bb", "Aa", "r", "9", " ", "  ", "-", ".", "'", "\u{2010}", "é", "ß", "王"]

    @Test("person and exact keys equal the general versions", arguments: 0..<4)
    func keys(seed: UInt64) {
        var rng = SeededGenerator(seed: 1700 + seed)
        func word() -> String {
            (0..<Int.random(in: 0...10, using: &rng)).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined()
        }
        for _ in 0..<500 {
            let words = (0..<Int.random(in: 0...4, using: &rng)).map { _ in word() }
            #expect(NameKey.person(words) == NameKey.personByFoundation(words), "\(words)")
            for w in words { #expect(NameKey.exact(w) == NameKey.exactByFoundation(w), "\(Array(w.utf8))") }
        }
        #expect(NameKey.person(["Mohammad", "Haneef", "Atmar"]) == NameKey.person(["Mohammad", "Hanif", "Atmar"]))
        #expect(NameKey.person(["Wang", "Yi-Ma", ""]) == "wang yi ma")
        #expect(NameKey.exact(" Al-Qaeda  .") == "al qaeda")
    }
}
