import Foundation
import Syntax

/// A parser's attachment scores on a treebank and its speed in processor time of this thread
/// (tokens per second on one core, whatever else the machine runs).
struct ParserScore {
    var value = AttachmentScore()
    var tokensPerSecond: Double

    init(_ parser: DependencyParser, on sentences: [ParserSentence]) {
        let started = Self.threadSeconds()
        for s in sentences {
            value.add(goldHeads: s.heads, goldRelations: s.deprels,
                      predicted: parser.parse(forms: s.forms, upos: s.upos, xpos: s.xpos))
        }
        tokensPerSecond = Double(value.words) / max(Self.threadSeconds() - started, 1e-9)
    }

    var summary: String {
        String(format: "UAS %.2f  LAS %.2f  (full relations %.2f)  %.0f tokens/s", value.uas, value.las,
               value.exactLAS, tokensPerSecond)
    }

    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
