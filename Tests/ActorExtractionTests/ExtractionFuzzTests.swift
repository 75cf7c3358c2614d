import ActorExtraction
import Testing
import TestSupport

/// Bounded random inputs for the text pipeline: it must always finish, never crash, and keep its
/// evidence inside the text it was given.
@Suite("fuzz: the text pipeline")
struct ExtractionFuzzTests {
    static let pieces = [
        "Wang Yi", "met", "warned", "supported", "the", "Taliban", "China", "'s", "’s", ",", ".", "\n", "\n\n",
        "did not", "will", "on July 16", "President", "Foreign Minister", "he", "the two leaders", "and", "of",
        "“", "”", "\"", "(", ")", "U.S.", "Sept.", "2021-07-29", "王毅", "محمد", "\u{0000}", "\u{FFFD}", "\t",
        "—", "…", "talks between", "held talks with", "—and", "e\u{0301}", "🇨🇳", "A", "B", "x",
    ]

    @Test("random sentences of real pieces", arguments: 0..<4)
    func pieces(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let extractor = Extract.extractor()
        FuzzBudget.run(iterations: 150) { _ in
            let count = Int.random(in: 0...60, using: &rng)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined(separator: " ")
            check(extractor.extract(Document(id: "f", text: text, date: Day(iso: "2021-07-29"))), text)
        }
    }

    @Test("random bytes decoded with replacement", arguments: 0..<4)
    func bytes(seed: UInt64) {
        var rng = SeededGenerator(seed: 100 + seed)
        let extractor = Extract.extractor()
        FuzzBudget.run(iterations: 150) { _ in
            let bytes = (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let text = String(decoding: bytes, as: UTF8.self)
            check(extractor.extract(Document(id: "f", text: text)), text)
        }
    }

    @Test("a long line with no sentence end")
    func longLine() {
        let text = Array(repeating: "Wang Yi met the Taliban and", count: 5_000).joined(separator: " ")
        let result = Extract.extractor().extract(Document(id: "f", text: text))
        check(result, text)
        #expect(!result.events.isEmpty)
    }

    private func check(_ result: ExtractionResult, _ text: String) {
        let size = text.utf8.count
        for event in result.events {
            #expect(event.evidence.span.start >= 0 && event.evidence.span.end <= size)
            #expect(event.source != event.target)
        }
    }
}
