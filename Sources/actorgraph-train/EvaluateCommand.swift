import ArgumentParser
import Foundation
import Syntax

/// `actorgraph-train evaluate FILE`: accuracy of the whole syntax layer on a CoNLL-U file with gold
/// tokens (tags, lemmas, and trees parsed from the predicted tags), its speed on this machine and
/// the models' load time.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Print UPOS, XPOS, lemma, UAS and LAS on a CoNLL-U file (predicted tags), tokens/s and model load time."
    )

    @Argument(help: "A CoNLL-U file with gold tags and lemmas.")
    var file: String

    @Option(help: "The folder of the model files (default: the models shipped in the package).")
    var models: String?

    @Option(help: "Time tagging for at least this many seconds.")
    var seconds = 2.0

    func run() throws {
        let sentences = try Treebank.read(file)
        let clock = ContinuousClock()
        let loadStart = clock.now
        let analyzer: SyntaxAnalyzer
        do {
            analyzer = try models.map { try SyntaxAnalyzer.load(from: URL(fileURLWithPath: $0)) } ?? SyntaxAnalyzer.shipped()
        } catch {
            throw TrainError("\(error)")
        }
        let loadTime = clock.now - loadStart
        print("\(file): \(TaggingScore(analyzer.tagger, lemmatizer: analyzer.lemmatizer, on: sentences).summary)")
        var trees = AttachmentScore()
        for sentence in sentences {
            let words = analyzer.analyze(sentence.words.map(\.form))
            trees.add(goldHeads: sentence.words.map(\.head), goldRelations: sentence.words.map(\.deprel),
                      predicted: words.map { ParsedArc(head: $0.head, deprel: $0.deprel) })
        }
        print(String(format: "trees from predicted tags: UAS %.2f  LAS %.2f  (with subtypes %.2f)",
                     trees.uas, trees.las, trees.exactLAS))
        print("model load: \(milliseconds(loadTime)) ms\(sizes().map { " (\($0))" } ?? "")")

        let forms = sentences.map { $0.words.map(\.form) }
        let words = forms.reduce(0) { $0 + $1.count }
        print("tagging (one thread, processor time): \(rate(words: words) { for sentence in forms { _ = analyzer.tagger.tag(sentence) } }) tokens/s")
        print("tagging, lemmas and parsing: \(rate(words: words) { for sentence in forms { _ = analyzer.analyze(sentence) } }) tokens/s")
    }

    /// "tagger.agpm 3.55 MB, ..." for the model files, when their folder is known.
    private func sizes() -> String? {
        guard let folder = models.map({ URL(fileURLWithPath: $0) }) ?? SyntaxModelFiles.shippedFolder else { return nil }
        let names = [SyntaxModelFiles.tagger, SyntaxModelFiles.tagDictionary, SyntaxModelFiles.ambiguityClasses,
                     SyntaxModelFiles.lemmas, SyntaxModelFiles.parser]
        return names.compactMap { name -> String? in
            let path = folder.appendingPathComponent(name).path
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
            return "\(name) \(String(format: "%.2f", Double(size) / 1_000_000)) MB"
        }.joined(separator: ", ")
    }

    /// Words per second of `work` (one pass over `words` words), run until it has had `seconds`
    /// of processor time. Processor time of this thread, not wall time: on a busy machine, other
    /// processes' turns on the core would count against the tagger.
    private func rate(words: Int, _ work: () -> Void) -> Int {
        work()  // warm-up
        var passes = 0
        let start = threadTime()
        var elapsed = 0.0
        repeat {
            work()
            passes += 1
            elapsed = threadTime() - start
        } while elapsed < seconds
        return Int(Double(words * passes) / elapsed)
    }

    /// Processor time used by this thread, in seconds.
    private func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func milliseconds(_ d: Duration) -> String {
        String(format: "%.1f", (Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) * 1000)
    }
}
