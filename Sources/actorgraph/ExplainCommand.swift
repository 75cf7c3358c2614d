import ActorExtraction
import ArgumentParser
import Foundation

/// `actorgraph explain`: why each edge of an article is there, or is not.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, sentence by sentence, the actors found, the tree, and each relation with the rule that fired or the cue that stopped it.",
        discussion: """
            For every sentence of the article: its text; each mention and the actor it stands \
            for; and, for a sentence that can hold a relation (a trigger word of frames.tsv and \
            two actors), every word with its tag, lemma, head and dependency relation, each \
            relation found with the frames.tsv row that fired, and each candidate that a cue of \
            cues.tsv stopped ("negation 'not'", "governed by 'plans'"). The tree is the one the \
            parser saw: a mention of several words appears as its last word ("Prime Minister \
            Tomas Holm" as "Holm"). Other sentences are not parsed, which keeps extraction fast.

            Examples:
              actorgraph explain article.txt
              echo "Scholz met Macron in Paris." | actorgraph explain -
              actorgraph explain article.txt --lexicon my-triggers.tsv
            """
    )

    @Argument(help: "A text file, or '-' for standard input.")
    var input: String

    @Option(help: "The publication date (YYYY-MM-DD), overriding any date found in the text.")
    var date: String?

    @Option(name: .customLong("lexicon"), help: "An extra lexicon file (repeatable); see README, 'Extending the lexicon'.")
    var lexicons: [String] = []

    @Flag(help: "Show only the sentences that were parsed.")
    var parsedOnly = false

    func validate() throws {
        if let date, Day(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date like 2021-07-29") }
    }

    func run() throws {
        var (document, warning) = try ParseCommand.textDocument(at: input)
        if let warning { Console.warning(warning) }
        if let date { document.date = Day(iso: date) }
        let lexicon = try CorpusOptions.lexicon(merging: lexicons)
        for warning in lexicon.warnings { Console.warning("\(warning.file):\(warning.line): \(warning.message)") }
        let extractor = ActorExtractor(lexicon: lexicon, syntax: try CorpusOptions.syntax())
        let (result, sentences) = extractor.read(document, keepingReadings: true)
        let names = Dictionary(result.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var text = ""
        for explained in sentences where !parsedOnly || explained.reading.parse != nil {
            text += ExplanationText(explained, actors: names).text
        }
        OutputFile.writeStandardOutput(Array(text.utf8))
    }
}
