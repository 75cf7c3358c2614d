import Foundation

/// The syntax layer in one call: tokens of a sentence in, CoNLL-U words out with their UPOS,
/// XPOS, lemma, head and relation.
public struct SyntaxAnalyzer: Sendable {
    public let tagger: PartOfSpeechTagger
    public let lemmatizer: Lemmatizer
    public let parser: DependencyParser

    public init(tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer, parser: DependencyParser) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
    }

    /// The models shipped with the package (trained on UD English EWT, see `Models/NOTICE.md`).
    public static func shipped() throws(SyntaxModelError) -> SyntaxAnalyzer {
        guard let folder = SyntaxModelFiles.shippedFolder else {
            throw SyntaxModelError(file: "ActorGraph_Syntax.resources", problem: "not found beside the executable")
        }
        return try load(from: folder)
    }

    /// The models in `folder`, under the names in `SyntaxModelFiles`.
    public static func load(from folder: URL) throws(SyntaxModelError) -> SyntaxAnalyzer {
        let tagger = try loadTagger(from: folder)
        let lemmaText = try SyntaxModelFiles.text(SyntaxModelFiles.lemmas, in: folder)
        let lemmatizer = try file(SyntaxModelFiles.lemmas, in: folder) { () throws(ModelFormatError) in try Lemmatizer(fileText: lemmaText) }
        let parserBytes = try SyntaxModelFiles.bytes(SyntaxModelFiles.parser, in: folder)
        let parser = try file(SyntaxModelFiles.parser, in: folder) { () throws(ModelFormatError) in try DependencyParser(serialized: parserBytes) }
        return SyntaxAnalyzer(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }

    /// The tagger in `folder` (its model, tag dictionary and ambiguity classes), without the
    /// lemmatizer and the parser.
    public static func loadTagger(from folder: URL) throws(SyntaxModelError) -> PartOfSpeechTagger {
        let taggerBytes = try SyntaxModelFiles.bytes(SyntaxModelFiles.tagger, in: folder)
        let dictionaryText = try SyntaxModelFiles.text(SyntaxModelFiles.tagDictionary, in: folder)
        let classesText = try SyntaxModelFiles.text(SyntaxModelFiles.ambiguityClasses, in: folder)
        let model = try file(SyntaxModelFiles.tagger, in: folder) { () throws(ModelFormatError) in try PerceptronModel(serialized: taggerBytes) }
        let dictionary = try file(SyntaxModelFiles.tagDictionary, in: folder) { () throws(ModelFormatError) in try TagDictionary(fileText: dictionaryText) }
        let classes = try file(SyntaxModelFiles.ambiguityClasses, in: folder) { () throws(ModelFormatError) in try AmbiguityClasses(fileText: classesText) }
        return try file(SyntaxModelFiles.tagger, in: folder) { () throws(ModelFormatError) in
            try PartOfSpeechTagger(model: model, dictionary: dictionary, ambiguityClasses: classes)
        }
    }

    /// What `read` makes of a model file's content, its errors naming the file.
    private static func file<T>(_ name: String, in folder: URL, _ read: () throws(ModelFormatError) -> T) throws(SyntaxModelError) -> T {
        do {
            return try read()
        } catch {
            throw SyntaxModelError(file: folder.appendingPathComponent(name).path, problem: error.description)
        }
    }

    /// The words of one sentence given as its token forms, with tags, lemmas and a dependency
    /// tree (heads 1-based, 0 for the one root word).
    public func analyze(_ forms: [String]) -> [SyntaxWord] {
        parse(tag(forms))
    }

    /// The words of one sentence with tags and lemmas but no tree yet (head -1): a fifth of the
    /// work of `analyze`, enough to tell whether the tree is worth building.
    public func tag(_ forms: [String]) -> [SyntaxWord] {
        let tags = tagger.tag(forms)
        return forms.indices.map { i in
            SyntaxWord(form: forms[i], lemma: lemmatizer.lemma(of: forms[i], upos: tags[i].upos, xpos: tags[i].xpos),
                       upos: tags[i].upos, xpos: tags[i].xpos)
        }
    }

    /// `words` from `tag`, with their tree.
    public func parse(_ words: [SyntaxWord]) -> [SyntaxWord] {
        let arcs = parser.parse(forms: words.map(\.form), upos: words.map(\.upos), xpos: words.map(\.xpos))
        var result = words
        for i in result.indices {
            result[i].head = arcs[i].head
            result[i].deprel = arcs[i].deprel
        }
        return result
    }
}
