/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over `TaggerFeatures`
/// whose classes are the "UPOS XPOS" pairs of the training data, plus a `TagDictionary` for
/// frequent unambiguous words.
public struct PartOfSpeechTagger: Sendable {
    /// The scoring model; its labels are "UPOS XPOS".
    public let model: PerceptronModel
    public let dictionary: TagDictionary
    public let ambiguityClasses: AmbiguityClasses
    /// The tag of each class.
    let tags: [PartOfSpeechTag]
    /// Hash of a dictionary form as written → its class.
    private let dictionaryClasses: [UInt64: Int32]
    /// `AmbiguityClasses.table()`.
    let ambiguityTable: [UInt64: UInt64]

    /// A tagger from its model, dictionary and ambiguity classes; throws when a label is not
    /// "UPOS XPOS" or a dictionary tag is not one of the model's classes.
    public init(model: PerceptronModel, dictionary: TagDictionary, ambiguityClasses: AmbiguityClasses) throws(ModelFormatError) {
        var tags: [PartOfSpeechTag] = []
        var classOfTag: [PartOfSpeechTag: Int32] = [:]
        for label in model.labels {
            guard let tag = PartOfSpeechTag(label: label) else { throw ModelFormatError("class '\(label)' is not 'UPOS XPOS'") }
            classOfTag[tag] = Int32(tags.count)
            tags.append(tag)
        }
        var classes: [UInt64: Int32] = [:]
        for (form, tag) in zip(dictionary.forms, dictionary.tags) {
            guard let c = classOfTag[tag] else {
                throw ModelFormatError("dictionary word '\(form)' has tag '\(tag.label)', which the model does not know")
            }
            classes[FeatureHash.string(form)] = c
        }
        self.model = model
        self.dictionary = dictionary
        self.tags = tags
        self.dictionaryClasses = classes
        self.ambiguityClasses = ambiguityClasses
        self.ambiguityTable = ambiguityClasses.table()
    }

    /// The tag of each of `forms`, one sentence.
    public func tag(_ forms: [String]) -> [PartOfSpeechTag] {
        classes(of: forms).map { tags[$0] }
    }

    /// The class of each of `forms`.
    func classes(of forms: [String]) -> [Int] {
        let traits = TaggerFeatures.traits(of: forms, ambiguity: ambiguityTable)
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: model.classCount)
        var result: [Int] = []
        result.reserveCapacity(forms.count)
        var previous: UInt64 = 0, beforePrevious: UInt64 = 0
        for i in forms.indices {
            let c: Int
            if let known = dictionaryClass(of: traits[i + 2]) {
                c = known
            } else {
                TaggerFeatures.fill(&features, traits: traits, at: i, previous: previous, beforePrevious: beforePrevious)
                for k in scores.indices { scores[k] = 0 }
                model.addScores(of: features, to: &scores)
                c = AveragedPerceptron.best(scores) ?? 0
            }
            result.append(c)
            beforePrevious = previous
            previous = UInt64(c + 1)
        }
        return result
    }

    /// The class the dictionary gives a word, if any.
    @inline(__always)
    func dictionaryClass(of traits: WordTraits) -> Int? {
        dictionaryClasses[traits.exact].map(Int.init)
    }
}
