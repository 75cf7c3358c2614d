import Syntax

/// Tags as a parser meets them: predicted, with a tagger's mistakes, rather than gold.
enum JackknifedTags {
    /// The sentences of `treebank` that are trees, each tagged by a tagger trained (with the
    /// shipped tagger's settings) on the other folds, sentence `i` being in fold `i % folds`: the
    /// parser then trains on tags as wrong as those it gets from the shipped tagger on new text.
    /// `progress` hears after each fold. Deterministic, like the tagger's training.
    static func sentences(of treebank: [CoNLLUSentence], folds: Int,
                          progress: (Int) -> Void = { _ in }) throws(ModelFormatError) -> [ParserSentence] {
        var result = [ParserSentence?](repeating: nil, count: treebank.count)
        for k in 0..<folds {
            let tagger = try TaggerTrainer().train(treebank.indices.filter { $0 % folds != k }.map { treebank[$0] })
            for i in stride(from: k, to: treebank.count, by: folds) {
                result[i] = ParserSentence(treebank[i]).map { retagged($0, by: tagger) }
            }
            progress(k + 1)
        }
        return result.compactMap { $0 }
    }

    /// `sentence` with the tags `tagger` predicts for it.
    static func retagged(_ sentence: ParserSentence, by tagger: PartOfSpeechTagger) -> ParserSentence {
        let tags = tagger.tag(sentence.forms)
        return sentence.retagged(upos: tags.map(\.upos), xpos: tags.map(\.xpos))
    }
}
