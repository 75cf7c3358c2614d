import ArgumentParser
import Foundation
import Syntax

/// `actorgraph-train tagger`: trains the tagger and the lemmatizer, picks the number of passes on
/// dev, reports on test and writes the model files.
struct TaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the part-of-speech tagger and the lemmatizer on UD English EWT."
    )

    @OptionGroup var folders: TrainingFolders

    @Option(help: "Most passes over the training data; the best on dev is kept.")
    var iterations = 20

    @Option(help: "Seed of the sentence order.")
    var seed: UInt64 = 1

    @Option(help: "Leave out averaged weights smaller than this in magnitude.")
    var prune: Float = 0.5

    @Option(help: "A word enters the tag dictionary when seen this often...")
    var dictionaryMinCount = 20

    @Option(help: "...with one tag at least this share of the time.")
    var dictionaryMinShare = 0.99

    @Option(help: "A word's ambiguity class (the tags it was seen with) is kept when seen this often...")
    var ambiguityMinCount = 1

    @Option(help: "...and holds the tags with at least this share of its occurrences.")
    var ambiguityMinShare = 0.05

    @Option(help: "Learn each training sentence's ambiguity classes from the other folds (0: off).")
    var ambiguityFolds = 10

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let train = try Treebank.read(folders.treebank("en_ewt-ud-train"))
        let dev = try Treebank.read(folders.treebank("en_ewt-ud-dev"))
        let test = try Treebank.read(folders.treebank("en_ewt-ud-test"))
        let lemmatizer = Lemmatizer.learn(from: train)
        var trainer = TaggerTrainer(iterations: iterations, seed: seed, pruneBelow: prune,
                                    dictionaryMinCount: dictionaryMinCount, dictionaryMinShare: dictionaryMinShare)
        trainer.ambiguityMinCount = ambiguityMinCount
        trainer.ambiguityMinShare = ambiguityMinShare
        trainer.ambiguityFolds = ambiguityFolds
        var best: (iteration: Int, correct: Int, tagger: PartOfSpeechTagger)?
        _ = try trainer.train(train) { iteration, tagger in
            let score = TaggingScore(tagger, on: dev)
            print("pass \(iteration): dev \(score.summary)  [\(tagger.model.featureCount) features]")
            if best.map({ score.both > $0.correct }) ?? true { best = (iteration, score.both, tagger) }
        }
        guard let best else { throw TrainError("no model was trained") }
        let trainingTime = clock.now - started
        print("kept pass \(best.iteration) (best UPOS+XPOS on dev); trained in \(trainingTime.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))")
        print("dev:  \(TaggingScore(best.tagger, lemmatizer: lemmatizer, on: dev).summary)")
        print("test: \(TaggingScore(best.tagger, lemmatizer: lemmatizer, on: test).summary)")

        let files: [(name: String, bytes: [UInt8])] = [
            (SyntaxModelFiles.tagger, best.tagger.model.serialized()),
            (SyntaxModelFiles.tagDictionary, Array(best.tagger.dictionary.fileText().utf8)),
            (SyntaxModelFiles.ambiguityClasses, Array(best.tagger.ambiguityClasses.fileText().utf8)),
            (SyntaxModelFiles.lemmas, Array(lemmatizer.fileText().utf8)),
        ]
        try Treebank.write(files, into: folders.out)
        for file in files {
            print("wrote \(folders.out)/\(file.name): \(String(format: "%.2f", Double(file.bytes.count) / 1_000_000)) MB")
        }
    }
}
