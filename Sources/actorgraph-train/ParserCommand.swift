import ArgumentParser
import Foundation
import Syntax

/// `actorgraph-train parser`: trains the dependency parser on EWT train, picks the iteration with
/// the best LAS on EWT dev, reports UAS/LAS on EWT test and GUM news (gold tokens and tags), the
/// parsing speed and the load time, and writes the model file.
struct ParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser (gold tags), tune on dev, report on test and GUM news.")

    @Option(help: "Training treebank.") var train = "../shared/ud/en_ewt-ud-train.conllu"
    @Option(help: "Development treebank (picks the iteration).") var dev = "../shared/ud/en_ewt-ud-dev.conllu"
    @Option(help: "Test treebank (reported only).") var test = "../shared/ud/en_ewt-ud-test.conllu"
    @Option(help: "Out-of-domain treebank (reported only, never trained on).") var gum = "../shared/ud/en_gum-news.conllu"
    @Option(help: "Most training iterations.") var iterations = 15
    @Option(help: "Seed of the shuffles and the exploration.") var seed: UInt64 = 1
    @Option(help: "Drop averaged weights smaller than this in magnitude.") var pruneBelow: Float = 0
    @Option(help: "Where the model goes.") var output = "Sources/Syntax/Resources/Models/parser.agpm"
    @Option(help: "Only evaluate this model file on dev, test and GUM news (no training).") var evaluate: String?

    func run() throws {
        let devSet = try Self.read(dev), testSet = try Self.read(test), gumSet = try Self.read(gum)
        if let evaluate {
            try Self.report(model: evaluate, sets: [("EWT dev", devSet), ("EWT test", testSet), ("GUM news", gumSet)])
            return
        }
        let trainSet = try Self.read(train)
        Self.say("train \(trainSet.count) sentences, dev \(devSet.count), test \(testSet.count), GUM news \(gumSet.count)")
        let trainer = ParserTrainer(iterations: iterations, seed: seed, pruneBelow: pruneBelow)
        var best: (las: Double, snapshot: ParserTrainer.Snapshot)?
        let clock = ContinuousClock()
        let started = clock.now
        _ = trainer.train(trainSet) { snapshot in
            let score = Self.score(snapshot.parser(pruneBelow: pruneBelow), on: devSet)
            let elapsed = (clock.now - started).components.seconds
            Self.say(String(format: "iteration %2d  dev UAS %.2f  LAS %.2f  (%d s)", snapshot.iteration, score.uas,
                         score.las, elapsed))
            if score.las > best?.las ?? -1 { best = (score.las, snapshot) }
        }
        guard let best else { throw ValidationError("no training iteration ran") }
        Self.say("training: \((clock.now - started).components.seconds) s; best dev LAS at iteration \(best.snapshot.iteration)")
        for threshold: Float in [0, 0.5, 1, 2, 4, 8] where threshold != pruneBelow {
            let parser = best.snapshot.parser(pruneBelow: threshold)
            let start = Self.threadSeconds()
            let score = Self.score(parser, on: devSet)
            Self.say(String(format: "prune below %.2f: dev UAS %.2f LAS %.2f, %.1f MB, %d features, %.0f tokens/s", threshold,
                            score.uas, score.las, Double(parser.model.serialized().count) / 1e6, parser.model.featureCount,
                            Double(score.words) / (Self.threadSeconds() - start)))
        }
        let parser = best.snapshot.parser(pruneBelow: pruneBelow)
        try Data(parser.model.serialized()).write(to: URL(fileURLWithPath: output), options: .atomic)
        Self.say("wrote \(output)")
        try Self.report(model: output, sets: [("EWT dev", devSet), ("EWT test", testSet), ("GUM news", gumSet)])
    }

    /// Loads the model file (timed) and prints its size and its scores and speed on each set.
    static func report(model path: String, sets: [(String, [ParserSentence])]) throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        let loaded: DependencyParser
        do {
            loaded = try DependencyParser(serialized: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        } catch {
            throw ValidationError("\(path): \(error)")
        }
        let load = clock.now - loadStart
        Self.say(String(format: "%@: %.2f MB, %d features; loads in %.0f ms", path,
                     Double(loaded.model.serialized().count) / 1e6, loaded.model.featureCount, seconds(load) * 1000))
        for (name, set) in sets {
            let parseStart = threadSeconds()
            let score = Self.score(loaded, on: set)
            let rate = Double(score.words) / (threadSeconds() - parseStart)
            Self.say(String(format: "%@ (gold tags): UAS %.2f  LAS %.2f  (full relations %.2f)  %.0f tokens/s (one core)", name,
                         score.uas, score.las, score.exactLAS, rate))
        }
    }

    /// Writes a line to standard output at once (progress shows up as it comes, even in a log file).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Processor time of this thread: parsing speed on one core, whatever else the machine runs.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    static func score(_ parser: DependencyParser, on sentences: [ParserSentence]) -> AttachmentScore {
        var score = AttachmentScore()
        for s in sentences {
            score.add(goldHeads: s.heads, goldRelations: s.deprels,
                      predicted: parser.parse(forms: s.forms, upos: s.upos, xpos: s.xpos))
        }
        return score
    }

    /// The sentences of a treebank with gold tags and trees; a bad file stops with `FILE:LINE: problem`.
    static func read(_ path: String) throws -> [ParserSentence] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ValidationError("\(path): cannot read (\(error.localizedDescription))")
        }
        do {
            return try CoNLLUReader.sentences(in: text).compactMap(ParserSentence.init)
        } catch {
            throw ValidationError("\(path):\(error)")
        }
    }
}
