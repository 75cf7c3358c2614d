import ArgumentParser
import Foundation
import Syntax

/// `actorgraph-train parser`: trains the dependency parser on EWT train, tagged by jackknifed
/// taggers (or gold tags), keeps the iteration with the best LAS on EWT dev (tagged by the tagger
/// in `--out`, or gold), reports UAS/LAS on EWT test and GUM news, the parsing speed on one core
/// and the load time, and writes `parser.agpm`.
struct ParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser on UD English EWT; report on EWT test and GUM news."
    )

    @OptionGroup var folders: TrainingFolders

    @Option(help: "Most passes over the training data; the best on dev (LAS) is kept.")
    var iterations = 15

    @Option(help: "Seed of the sentence order and of the exploration.")
    var seed: UInt64 = 1

    @Option(help: "Leave out averaged weights smaller than this in magnitude.")
    var prune: Float = 1

    @Option(help: "Train on tags predicted by taggers each trained on the other folds of EWT train, choose the pass on dev tagged by the tagger in --out (0: gold tags throughout).")
    var tagFolds = 5

    @Option(help: "Only measure this parser model file on EWT dev, EWT test and GUM news (no training).")
    var evaluate: String?

    func run() throws {
        let dev = try Self.read(folders.treebank("en_ewt-ud-dev"))
        var sets = [("EWT dev, gold tags", dev), ("EWT test, gold tags", try Self.read(folders.treebank("en_ewt-ud-test"))),
                    ("GUM news, gold tags", try Self.read(folders.treebank("en_gum-news")))]
        if let evaluate {
            try Self.report(model: evaluate, on: sets)
            return
        }
        let clock = ContinuousClock()
        let started = clock.now
        let train: [ParserSentence]
        var selection = dev
        if tagFolds > 0 {
            let tagger: PartOfSpeechTagger
            do { tagger = try SyntaxAnalyzer.loadTagger(from: URL(fileURLWithPath: folders.out)) } catch {
                throw TrainError("\(error) (train the tagger first: make model does)")
            }
            sets += sets.map { name, sentences in
                (name.replacingOccurrences(of: "gold", with: "predicted"), sentences.map { JackknifedTags.retagged($0, by: tagger) })
            }
            selection = sets[3].1
            let folds = tagFolds
            train = try JackknifedTags.sentences(of: Treebank.read(folders.treebank("en_ewt-ud-train")), folds: folds) { k in
                Self.say("fold \(k) of \(folds) tagged by a tagger trained on the others  (\(Self.seconds(clock.now - started)) s)")
            }
        } else {
            train = try Self.read(folders.treebank("en_ewt-ud-train"))
        }
        var best: (las: Double, snapshot: ParserTrainer.Snapshot)?
        _ = ParserTrainer(iterations: iterations, seed: seed, pruneBelow: prune).train(train) { snapshot in
            let score = ParserScore(snapshot.parser(pruneBelow: prune), on: selection)
            Self.say("pass \(snapshot.iteration): dev \(score.summary)  (\(Self.seconds(clock.now - started)) s)")
            if score.value.las > best?.las ?? -1 { best = (score.value.las, snapshot) }
        }
        guard let best else { throw TrainError("no model was trained") }
        Self.say("kept pass \(best.snapshot.iteration) (best LAS on dev); trained in \(Self.seconds(clock.now - started)) s")
        for threshold: Float in [0, 0.5, 1, 2, 4] where threshold != prune {
            let score = ParserScore(best.snapshot.parser(pruneBelow: threshold), on: selection)
            Self.say("pruned below \(threshold): dev \(score.summary)")
        }
        let file = SyntaxModelFiles.parser
        try Treebank.write([(file, best.snapshot.parser(pruneBelow: prune).model.serialized())], into: folders.out)
        try Self.report(model: "\(folders.out)/\(file)", on: sets)
    }

    /// Loads the model file (timed) and prints its size, then its scores and speed on each set.
    static func report(model path: String, on sets: [(String, [ParserSentence])]) throws {
        let clock = ContinuousClock()
        let started = clock.now
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainError("\(path): cannot read the file") }
        let parser: DependencyParser
        do { parser = try DependencyParser(serialized: Array(data)) } catch {
            throw TrainError("\(path): \(error.description)")
        }
        let load = clock.now - started
        say(String(format: "%@: %.2f MB, %d features, loaded in %.0f ms", path, Double(data.count) / 1e6,
                   parser.model.featureCount, Double(load.components.attoseconds) / 1e15 + Double(load.components.seconds) * 1000))
        for (name, sentences) in sets { say("\(name): \(ParserScore(parser, on: sentences).summary)") }
    }

    /// The sentences of a treebank with their gold tags and trees.
    static func read(_ path: String) throws -> [ParserSentence] {
        try Treebank.read(path).compactMap(ParserSentence.init)
    }

    /// Writes a line at once, so that progress shows up as it comes even in a log file.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func seconds(_ d: Duration) -> Int { Int(d.components.seconds) }
}
