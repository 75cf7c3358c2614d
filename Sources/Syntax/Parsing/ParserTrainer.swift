/// Trains a `DependencyParser` with the dynamic oracle (Goldberg & Nivre 2012, 2013): at each
/// step the perceptron is updated towards the best-scoring transition of least cost when its own
/// choice costs more; after `exploreAfter` iterations the parser follows its own choice with
/// probability `exploration` even when it is a mistake, so it learns to recover from errors.
///
/// Training trees are projectivised first (`Projectivizer`); sentences that are not trees are
/// skipped. Sentences are shuffled each iteration with a seeded generator, so the same sentences,
/// tags and settings give the same model bytes.
public struct ParserTrainer: Sendable {
    public var iterations: Int
    public var seed: UInt64
    /// Probability of following a wrong prediction once exploring.
    public var exploration: Double
    /// Iterations that follow the oracle only, before exploring.
    public var exploreAfter: Int
    /// Averaged weights smaller than this in magnitude are dropped from the model.
    public var pruneBelow: Float

    public init(iterations: Int = 15, seed: UInt64 = 1, exploration: Double = 0.9, exploreAfter: Int = 1,
                pruneBelow: Float = 0) {
        self.iterations = iterations
        self.seed = seed
        self.exploration = exploration
        self.exploreAfter = exploreAfter
        self.pruneBelow = pruneBelow
    }

    /// The weights after one iteration: `parser(pruneBelow:)` averages them into a parser.
    public struct Snapshot: Sendable {
        public let iteration: Int
        let perceptron: AveragedPerceptron
        let system: TransitionSystem

        /// A parser from the averaged weights, without those smaller than `pruneBelow`.
        public func parser(pruneBelow: Float) -> DependencyParser {
            DependencyParser(model: perceptron.averaged(labels: system.classNames, pruneBelow: pruneBelow),
                             system: system)
        }
    }

    /// Trains on `sentences` (tags gold or predicted, as they will be when parsing) and returns
    /// the parser of the last iteration; `afterIteration` sees each iteration's weights (to pick
    /// an iteration on development data, or measure pruning).
    public func train(_ sentences: [ParserSentence],
                      afterIteration: (Snapshot) -> Void = { _ in }) -> DependencyParser {
        let relations = Set(sentences.flatMap(\.deprels) + [TransitionSystem.rootName, "dep"]).sorted()
        // "root" and "dep" are in the inventory, so the system exists.
        guard let system = TransitionSystem(relations: relations) else { preconditionFailure("relation inventory") }
        let ids = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        var examples: [(sentence: ParserSentence, gold: GoldTree)] = []
        for sentence in sentences where Projectivizer.isTree(sentence.heads) {
            let heads = Projectivizer.projectivized(sentence.heads)
            examples.append((sentence, GoldTree(heads: heads, relations: sentence.deprels.map { ids[$0] ?? 0 })))
        }
        var perceptron = AveragedPerceptron(classCount: system.classCount)
        var random = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        for iteration in 1...max(1, iterations) {
            random.shuffle(&order)
            let explore = iteration > exploreAfter ? exploration : 0
            for index in order {
                train(on: examples[index].sentence, gold: examples[index].gold, system: system,
                      explore: explore, random: &random, perceptron: &perceptron)
            }
            afterIteration(Snapshot(iteration: iteration, perceptron: perceptron, system: system))
        }
        return Snapshot(iteration: iterations, perceptron: perceptron, system: system).parser(pruneBelow: pruneBelow)
    }

    private func train(on sentence: ParserSentence, gold: GoldTree, system: TransitionSystem, explore: Double,
                       random: inout SplitMix64, perceptron: inout AveragedPerceptron) {
        let features = ParserFeatures(forms: sentence.forms, upos: sentence.upos, xpos: sentence.xpos)
        var c = ParserConfiguration(count: sentence.count)
        var values: [UInt64] = []
        var scores = [Float](repeating: 0, count: system.classCount)
        var legal = [Bool](repeating: false, count: system.classCount)
        var cheapest = legal
        var costs = [Int](repeating: 0, count: system.classCount)
        while !c.isTerminal {
            features.extract(c, into: &values)
            for k in scores.indices { scores[k] = 0 }
            perceptron.addScores(of: values, to: &scores)
            system.legal(in: c, into: &legal)
            DynamicOracle.costs(in: c, gold: gold, system: system, into: &costs)
            var least = Int.max
            for k in costs.indices where legal[k] { least = min(least, costs[k]) }
            for k in costs.indices { cheapest[k] = legal[k] && costs[k] == least }
            guard let guess = AveragedPerceptron.best(scores, allowed: legal),
                  let truth = AveragedPerceptron.best(scores, allowed: cheapest) else { return }
            let wrong = costs[guess] > least
            if wrong { perceptron.update(features: values, truth: truth, guess: guess) }
            perceptron.advance()
            let follow = wrong && !(explore > 0 && random.nextUnit() < explore) ? truth : guess
            system.apply(follow, to: &c)
        }
    }
}
