import ActorExtraction
import Foundation
import Syntax

/// Token F1 and sentence F1 of our splitter, tokenizer and UD refinement on rebuilt EWT documents.
struct TextBench {
    var sentences: [CoNLLUSentence]
    var runOn: Bool

    func run(errors: Int) {
        let (documents, unaligned) = GoldDocument.documents(sentences, runOn: runOn)
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        let refinement = UDTokenizer()
        var tokenScore = Score()
        var sentenceScore = Score()
        var tokenErrors = Tally()
        var boundaryErrors = Tally()
        var examples: [String] = []
        for document in documents {
            let split = splitter.sentences(from: tokenizer.tokens(in: document.text))
            let tokens = split.flatMap { $0.udTokens(refinement) }
            let spans = tokens.map(\.span)
            let sentenceSpans = split.map { $0.span.start..<$0.span.end }
            let bytes = Array(document.text.utf8)
            count(gold: document.words, predicted: spans, into: &tokenScore)
            count(gold: document.sentences, predicted: sentenceSpans, into: &sentenceScore)
            for c in disagreements(gold: document.words, predicted: spans) {
                let gold = document.forms[c.gold].joined(separator: " ")
                let ours = tokens[c.predicted].map(\.form).joined(separator: " ")
                tokenErrors.add("\(gold)  ⟶  \(ours)")
            }
            for c in disagreements(gold: document.sentences, predicted: sentenceSpans) {
                let goldEnds = Set(document.sentences[c.gold].dropLast().map(\.upperBound))
                let ourEnds = Set(sentenceSpans[c.predicted].dropLast().map(\.upperBound))
                for end in goldEnds.subtracting(ourEnds).sorted() {
                    boundaryErrors.add("missed  " + Self.boundaryKind(bytes, at: end))
                    examples.append("missed  " + Self.context(bytes, at: end))
                }
                for end in ourEnds.subtracting(goldEnds).sorted() {
                    boundaryErrors.add("extra   " + Self.boundaryKind(bytes, at: end))
                    examples.append("extra   " + Self.context(bytes, at: end))
                }
            }
        }
        let layout = runOn ? "documents run on (no paragraph breaks)" : "paragraphs separated by empty lines"
        print("Raw text of \(sentences.count) sentences in \(documents.count) documents, \(layout)")
        if unaligned > 0 { print("  (\(unaligned) gold words not found in their # text line)") }
        print(tokenScore.line("tokens (syntactic words)"))
        print(sentenceScore.line("sentences (exact spans)"))
        print(speed(documents.map(\.text)))
        tokenErrors.print("token disagreements, gold ⟶ ours", errors)
        boundaryErrors.print("sentence boundary errors by the text around them", errors)
        if errors > 0 {
            print("  boundary examples:")
            for e in examples.prefix(errors) { print("    \(e)") }
        }
    }

    /// Tokens a second for the extraction's tokenizer and splitter alone, and with the UD
    /// refinement after them (best of five passes over all documents, one core).
    private func speed(_ texts: [String]) -> String {
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        let refinement = UDTokenizer()
        var coarse = Duration.seconds(1_000)
        var refined = Duration.seconds(1_000)
        var count = 0
        let clock = ContinuousClock()
        for _ in 0..<5 {
            var sentences: [[Sentence]] = []
            coarse = min(coarse, clock.measure { sentences = texts.map { splitter.sentences(from: tokenizer.tokens(in: $0)) } })
            var tokens = 0
            refined = min(refined, clock.measure {
                tokens = sentences.reduce(0) { sum, document in sum + document.reduce(0) { $0 + $1.udTokens(refinement).count } }
            })
            count = tokens
        }
        func rate(_ d: Duration) -> String {
            let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
            return String(format: "%.0f", Double(count) / seconds / 1000)
        }
        return "speed: tokenizer + splitter \(rate(coarse)) k tokens/s; UD refinement alone \(rate(refined)) k tokens/s"
    }

    private func count(gold: [Range<Int>], predicted: [Range<Int>], into score: inout Score) {
        score.gold += gold.count
        score.predicted += predicted.count
        score.correct += Set(gold).intersection(predicted).count
    }

    /// What ends the text before `end` and what starts after it: ". | Aa", "none | aa".
    private static func boundaryKind(_ bytes: [UInt8], at end: Int) -> String {
        let before = end > 0 ? bytes[end - 1] : 0
        var next = end
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0A { next += 1 }
        let after = next < bytes.count ? bytes[next] : 0
        func kind(_ b: UInt8) -> String {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return "lower"
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return "Upper"
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return "digit"
            case 0: return "end"
            case 0x80...: return "non-ASCII"
            default: return String(UnicodeScalar(b))
            }
        }
        let gap = bytes[end..<next].contains(0x0A) ? " ¶ " : " "
        return kind(before) + gap + kind(after)
    }

    private static func context(_ bytes: [UInt8], at end: Int) -> String {
        let left = String(decoding: bytes[max(0, end - 40)..<end], as: UTF8.self)
        let right = String(decoding: bytes[end..<min(bytes.count, end + 40)], as: UTF8.self)
        return (left + " ‖" + right).replacingOccurrences(of: "\n", with: "¶")
    }
}
