import ActorExtraction
import Syntax

/// Extraction of one article written in a test, with relations printed as readable lines.
enum Extract {
    static let lexicon: Lexicon = {
        do { return try Lexicon.bundled() } catch { fatalError("bundled lexicon: \(error)") }
    }()

    /// The shipped tagger, lemmatizer and parser, loaded once for every test.
    static let syntax: SyntaxAnalyzer = {
        do { return try SyntaxAnalyzer.shipped() } catch { fatalError("shipped syntax models: \(error)") }
    }()

    /// An extractor with the bundled lexicon, or with `lexicon` when given.
    static func extractor(_ lexicon: Lexicon = lexicon) -> ActorExtractor {
        ActorExtractor(lexicon: lexicon, syntax: syntax)
    }

    static func result(_ text: String, date: String? = "2021-07-29") -> ExtractionResult {
        let document = Document(id: "test", text: text, date: date.flatMap { Day(iso: $0) })
        return extractor().extract(document)
    }

    /// "Wang Yi met Sergei Lavrov" → ["met Sergei Lavrov / Wang Yi"] style lines: relation, source, target
    /// by display name; `met` ends sorted so direction does not matter.
    static func relations(_ text: String, date: String? = "2021-07-29") -> [String] {
        let r = result(text, date: date)
        let names = Dictionary(uniqueKeysWithValues: r.actors.map { ($0.id, $0.name) })
        return r.events.map { e in
            var ends = [names[e.source] ?? e.source, names[e.target] ?? e.target]
            if e.relation == .met { ends.sort() }
            return "\(ends[0]) \(e.relation.rawValue) \(ends[1])"
        }.sorted()
    }
}
