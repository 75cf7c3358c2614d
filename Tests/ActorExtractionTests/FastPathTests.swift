@testable import ActorExtraction
import Testing
import TestSupport

/// Fast paths must give what the general code they shortcut gives.
@Suite("fast paths")
struct FastPathTests {
    @Test("ASCII name keys equal Foundation's folding", arguments: 0..<4)
    func nameKeys(seed: UInt64) {
        var rng = SeededGenerator(seed: 900 + seed)
        let ascii = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in ascii.randomElement(using: &rng)! }.joined()
            #expect(NameKey.foldedASCII(text) == NameKey.foldedByFoundation(text), "\(Array(text.utf8))")
        }
        #expect(NameKey.foldedASCII("Wang Yi-Ma") == "wang yi ma")
        #expect(NameKey.foldedASCII("Zoë") == nil)
    }
}

@Suite("fast paths on ASCII text")
struct ASCIIFastPathTests {
    static let alphabet = ["a", "B", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{000B}", "\u{000C}", "\u{001C}", "\u{001F}",
                           ".", "-", "é", "\u{00A0}", "\u{0301}", "王", "\u{201C}", "\u{201D}", "\u{2019}", "\u{2014}",
                           "\u{2026}", "\u{00AD}", "\u{2028}", "\u{202F}", "\u{200D}", "\u{0600}", "ß", "\r\n"]

    @Test("evidence text (quotes, dashes, Latin letters by byte) and alias word counts equal the Character-based versions", arguments: 0..<4)
    func evidenceAndWords(seed: UInt64) {
        var rng = SeededGenerator(seed: 1300 + seed)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...16, using: &rng)).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined()
            let utf8 = Array(text.utf8)
            let evidence = ActorExtractor.text(of: TextSpan(start: 0, end: utf8.count), in: utf8)
            #expect(evidence == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), "\(utf8)")
            #expect(ActorResolver.wordCount(text) == text.split(separator: " ").count, "\(utf8)")
        }
    }
}
