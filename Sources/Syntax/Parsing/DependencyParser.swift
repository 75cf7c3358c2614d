/// A trained labelled dependency parser: greedy arc-hybrid transitions scored by an averaged
/// perceptron. Every parse is a tree: each word gets a head, there is no cycle, and exactly one
/// word hangs from the root with the relation `root`.
public struct DependencyParser: Sendable {
    /// The weights; their class labels name the transitions (`shift`, `left:nsubj`, `right:obj`).
    public let model: PerceptronModel
    let system: TransitionSystem

    /// A parser from trained weights, or an error if the model's classes are not parser transitions.
    public init(model: PerceptronModel) throws(ModelFormatError) {
        guard let system = TransitionSystem(classNames: model.labels) else {
            throw ModelFormatError("not a parser model (its classes are not arc-hybrid transitions with a root relation)")
        }
        self.model = model
        self.system = system
    }

    init(model: PerceptronModel, system: TransitionSystem) {
        self.model = model
        self.system = system
    }

    /// A parser from the bytes of a model file (`parser.agpm`).
    public init(serialized bytes: [UInt8]) throws(ModelFormatError) {
        try self.init(model: PerceptronModel(serialized: bytes))
    }

    /// The relations the parser assigns, with their subtypes.
    public var relations: [String] { system.relations }

    /// Each word's head (1-based, 0 for the root) and relation. `upos` and `xpos` hold one tag per
    /// form (gold or a tagger's).
    public func parse(forms: [String], upos: [String], xpos: [String]) -> [ParsedArc] {
        precondition(upos.count == forms.count && xpos.count == forms.count, "one tag per word")
        guard !forms.isEmpty else { return [] }
        let features = ParserFeatures(forms: forms, upos: upos, xpos: xpos)
        var c = ParserConfiguration(count: forms.count)
        var values: [UInt64] = []
        values.reserveCapacity(128)
        var scores = [Float](repeating: 0, count: system.classCount)
        var legal = [Bool](repeating: false, count: system.classCount)
        while !c.isTerminal {
            features.extract(c, into: &values)
            for k in scores.indices { scores[k] = 0 }
            model.addScores(of: values, to: &scores)
            system.legal(in: c, into: &legal)
            // Some transition is legal until the configuration is terminal.
            guard let best = AveragedPerceptron.best(scores, allowed: legal) else { break }
            system.apply(best, to: &c)
        }
        return (1...forms.count).map { word in
            ParsedArc(head: max(c.head[word], 0), deprel: system.relations[max(c.label[word], 0)])
        }
    }
}
