import ActorExtraction
import Testing
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

    /// Sentences the shipped parser misreads, with how. Their expected relations are right English
    /// and stay; each is a known issue until the parser reads it right, when its test fails and
    /// asks for the sentence to leave this list.
    static let misparsed: [String: String] = [
        "When Kenya met Uganda, the border reopened.": "'Uganda' is a vocative of 'reopened'",
        "Japan backed Ukraine on Monday and Chile met Peru.": "'Chile' is a conjunct of 'Monday'",
        "Japan backed Ukraine and Chile met Peru.": "'met' is a ccomp of 'backed', with 'Ukraine' its subject",
        "President Elena Duma threatened sanctions against Kenya.":
            "'threatened' is tagged ADJ before 'sanctions' ('threatened species')",
        "Kenya criticized the Lakeside Liberation Front militia backed by Rwanda.": "'backed' is an xcomp of 'criticized'",
        "Kenya, Uganda meet on sidelines of Nile Cooperation Council summit": "'Kenya' is a vocative",
        "The Lakeside Liberation Front, which Rwanda backs, seized the town.": "'backs' is tagged NOUN",
        "Prime Minister Tomas Holm hosted Amina Odhiambo, who had criticized Ukraine.":
            "'criticized' is a conjunct of 'hosted'",
        "Japan will continue to support Ukraine, officials said.": "'support' is an advcl of 'said'",
    ]

    /// Expects `text` to give `expected`, as a known issue when the parser misreads it (`misparsed`).
    static func check(_ text: String, gives expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        if let misreading = misparsed[text] {
            withKnownIssue(Comment(rawValue: "parser: \(misreading)")) {
                #expect(relations(text) == expected, sourceLocation: sourceLocation)
            }
        } else {
            #expect(relations(text) == expected, sourceLocation: sourceLocation)
        }
    }
}
