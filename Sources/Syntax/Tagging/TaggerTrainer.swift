/// Trains a `PartOfSpeechTagger` on gold-tagged sentences: passes over the sentences in a seeded
/// order, tagging greedily with the current weights and correcting the perceptron at each wrong
/// tag (the features use the tags the tagger itself predicted, as when it runs).
///
/// Deterministic: the same sentences and settings give the same model bytes. The defaults are the
/// settings of the shipped model, chosen on EWT dev.
public struct TaggerTrainer: Sendable {
    /// Passes over the training data.
    public var iterations: Int
    /// Seeds the order of the sentences in each pass.
    public var seed: UInt64
    /// Averaged weights smaller than this in magnitude are left out of the model.
    public var pruneBelow: Float
    /// A word enters the dictionary when seen at least this often...
    public var dictionaryMinCount: Int
    /// ...with one tag at least this share of the time.
    public var dictionaryMinShare: Double
    /// A word's ambiguity class is kept when it was seen at least this often...
    public var ambiguityMinCount = 1
    /// ...and holds the tags with at least this share of its occurrences.
    public var ambiguityMinShare = 0.05
    /// With more than one fold, each training sentence sees the ambiguity classes learnt from the
    /// other folds only (jackknifing), as a text the tagger never saw would.
    public var ambiguityFolds = 10

    public init(iterations: Int = 20, seed: UInt64 = 1, pruneBelow: Float = 0.5, dictionaryMinCount: Int = 20,
                dictionaryMinShare: Double = 0.99) {
        self.iterations = iterations
        self.seed = seed
        self.pruneBelow = pruneBelow
        self.dictionaryMinCount = dictionaryMinCount
        self.dictionaryMinShare = dictionaryMinShare
    }

    /// The tagger after `iterations` passes over `sentences`. `afterIteration` sees the averaged
    /// tagger after each pass (for choosing the number of passes on held-out data).
    public func train(_ sentences: [CoNLLUSentence],
                      afterIteration: ((Int, PartOfSpeechTagger) -> Void)? = nil) throws(ModelFormatError) -> PartOfSpeechTagger {
        let dictionary = TagDictionary.learn(from: sentences, minCount: dictionaryMinCount, minShare: dictionaryMinShare)
        let ambiguity = AmbiguityClasses.learn(from: sentences, minCount: ambiguityMinCount, minShare: ambiguityMinShare)
        var labelSet = Set<String>()
        for sentence in sentences {
            for word in sentence.words { labelSet.insert(PartOfSpeechTag(upos: word.upos, xpos: word.xpos).label) }
        }
        let labels = labelSet.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard !labels.isEmpty else { throw ModelFormatError("no tagged words to train on") }
        var classOfLabel: [String: Int] = [:]
        for (c, label) in labels.enumerated() { classOfLabel[label] = c }

        let examples = sentences.map { sentence in
            (forms: sentence.words.map(\.form),
             gold: sentence.words.map { classOfLabel[PartOfSpeechTag(upos: $0.upos, xpos: $0.xpos).label] ?? 0 })
        }
        // Dictionary lookups only need the model's class order, which `labels` already fixes.
        let lookup = try PartOfSpeechTagger(model: AveragedPerceptron(classCount: labels.count).averaged(labels: labels),
                                            dictionary: dictionary, ambiguityClasses: ambiguity)
        let folds = max(1, ambiguityFolds)
        let tables = folds == 1 ? [lookup.ambiguityTable] : (0..<folds).map { k in
            AmbiguityClasses.learn(from: sentences.indices.filter { $0 % folds != k }.map { sentences[$0] },
                                   minCount: ambiguityMinCount, minShare: ambiguityMinShare).table()
        }
        let traitsOfExample = examples.indices.map {
            TaggerFeatures.traits(of: examples[$0].forms, ambiguity: tables[$0 % folds])
        }
        var perceptron = AveragedPerceptron(classCount: labels.count)
        var order = Array(examples.indices)
        var random = SplitMix64(seed: seed)
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: labels.count)
        var result = lookup
        let passes = max(1, iterations)
        for iteration in 1...passes {
            random.shuffle(&order)
            for e in order {
                let (forms, gold) = examples[e]
                let traits = traitsOfExample[e]
                var previous: UInt64 = 0, beforePrevious: UInt64 = 0
                for i in forms.indices {
                    var c = lookup.dictionaryClass(of: traits[i + 2]) ?? -1
                    if c < 0 {
                        TaggerFeatures.fill(&features, traits: traits, at: i, previous: previous, beforePrevious: beforePrevious)
                        for k in scores.indices { scores[k] = 0 }
                        perceptron.addScores(of: features, to: &scores)
                        c = AveragedPerceptron.best(scores) ?? 0
                        perceptron.update(features: features, truth: gold[i], guess: c)
                        perceptron.advance()
                    }
                    beforePrevious = previous
                    previous = UInt64(c + 1)
                }
            }
            if afterIteration != nil || iteration == passes {
                result = try PartOfSpeechTagger(model: perceptron.averaged(labels: labels, pruneBelow: pruneBelow),
                                                dictionary: dictionary, ambiguityClasses: ambiguity)
                afterIteration?(iteration, result)
            }
        }
        return result
    }
}
