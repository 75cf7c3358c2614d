@testable import ActorExtraction
import Foundation
import Testing
import TestSupport

@Suite("name keys")
struct NameKeyTests {
    static let alphabet = ["a", "e", "y", "b", "B", "bb", "Aa", "r", "9", " ", "  ", "-", ".", "'", "\u{2010}", "é", "ß", "王"]

    private func key(_ name: String) -> String {
        NameKey.person(name.split(separator: " ").map(String.init), variants: Extract.lexicon.nameVariants)
    }

    @Test("the one-pass ASCII keys equal the Foundation-based ones", arguments: 0..<4)
    func fastPaths(seed: UInt64) {
        var rng = SeededGenerator(seed: 1700 + seed)
        func word() -> String {
            (0..<Int.random(in: 0...10, using: &rng)).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined()
        }
        for _ in 0..<500 {
            let w = word()
            #expect(NameKey.exact(w) == NameKey.exactByFoundation(w), "\(Array(w.utf8))")
            // ASCII words are respelled byte by byte; `spelling` respells any text scalar by scalar.
            let ascii = String(w.unicodeScalars.filter(\.isASCII))
            let general = NameKey.foldedByFoundation(ascii).split(separator: " ").map { NameKey.spelling($0) }
            #expect(NameKey.parts([ascii], variants: NameVariants()) == general, "\(Array(ascii.utf8))")
        }
        #expect(NameKey.exact(" Al-Qaeda  .") == "al qaeda")
        #expect(NameKey.person(["Wang", "Yi-Ma", ""], variants: NameVariants()) == "wang yi ma")
    }

    @Test("hyphens, spaces, case and diacritics do not matter", arguments: [
        ("Kim Jong Un", "Kim Jong-un"), ("Kim Jong Un", "KIM JONG-UN"), ("Moon Jae-in", "Moon Jae In"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ])
    func separators(_ a: String, _ b: String) {
        #expect(key(a) == key(b))
    }

    @Test("transliterated endings, doubled letters, x for ks and later vowels do not matter", arguments: [
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        ("Volodymyr Zelensky", "Volodymyr Zelenski"), ("Yuri Ushakov", "Yuriy Ushakov"), ("Yury Ushakov", "Yuri Ushakov"),
        ("Bashar Assad", "Bashar Asad"), ("Alexei Navalny", "Aleksei Navalny"), ("Sergei Lavrov", "Sergey Lavrov"),
        ("Dmitry Peskov", "Dmitriy Peskov"), ("Mohammad Haneef Atmar", "Mohammad Hanif Atmar"),
    ])
    func spellings(_ a: String, _ b: String) {
        #expect(key(a) == key(b))
    }

    @Test("given names listed as variants are one name", arguments: [
        ("Antony Blinken", "Anthony Blinken"), ("Mohammed bin Salman", "Muhammad bin Salman"),
        ("Mohamed bin Zayed", "Muhammad bin Zayed"), ("Volodymyr Zelensky", "Vladimir Zelensky"),
        ("Ebrahim Raisi", "Ibrahim Raisi"), ("Mohammad Javad Zarif", "Mohammad Jawad Zarif"),
    ])
    func givenNames(_ a: String, _ b: String) {
        #expect(key(a) == key(b))
    }

    @Test("the key README shows")
    func readme() {
        #expect(key("Muhammad Hanif Atmar") == "muhmd hanf atmr")
        #expect(key("Mohammad Haneef Atmar") == "muhmd hanf atmr")
    }

    @Test("an article inside a name may be left out, a first name 'Al' may not")
    func articles() {
        #expect(key("Bashar al-Assad") == key("Bashar Assad"))
        #expect(key("Bashar al Assad") == key("Bashar Assad"))
        #expect(key("Abdel Fattah el-Sisi") == key("Abdel Fattah al-Sisi"))
        #expect(key("Abdel Fattah el-Sisi") == key("Abdel Fattah Sisi"))
        #expect(NameKey.parts(["al-Sisi"], variants: Extract.lexicon.nameVariants) == NameKey.parts(["Sisi"], variants: Extract.lexicon.nameVariants))
        #expect(key("Al Gore") != key("Gore"))
        #expect(key("Al Gore").hasPrefix("al "))
    }

    @Test("namesakes with different names stay apart", arguments: [
        ("Kim Jong Un", "Kim Yo Jong"), ("Kim Jong Un", "Kim Jong Il"), ("George Bush", "Jeb Bush"),
        ("George W. Bush", "George Bush"), ("Wang Yi", "Wang Jin"), ("Dan Smith", "Don Smith"),
        ("Ali Khan", "Imran Khan"), ("Jon Stewart", "John Stewart"),
    ])
    func namesakes(_ a: String, _ b: String) {
        #expect(key(a) != key(b))
    }

    @Test("a user lexicon adds name variants; a spelling listed for two names is a warning")
    func userVariants() throws {
        var lexicon = Extract.lexicon
        #expect(NameKey.person(["Olaf", "Scholz"], variants: lexicon.nameVariants)
            != NameKey.person(["Olav", "Scholz"], variants: lexicon.nameVariants))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("variants-\(UUID().uuidString).tsv")
        try "namevariant\tOlaf\tOlav\nnamevariant\tOlga\tOlav\n".write(to: url, atomically: true, encoding: .utf8)
        try lexicon.merge(contentsOf: url)
        #expect(NameKey.person(["Olaf", "Scholz"], variants: lexicon.nameVariants)
            == NameKey.person(["Olav", "Scholz"], variants: lexicon.nameVariants))
        #expect(lexicon.warnings.map(\.message) == ["'Olav' is already listed at \(url.path):1, which takes precedence"])
    }
}
