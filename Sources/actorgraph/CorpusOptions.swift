import ActorExtraction
import ArgumentParser
import Foundation
import Syntax

/// The options that say how articles are read: shared by `build` and the one-step `diff`.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The publication date of the inputs (YYYY-MM-DD), overriding any date found in the text or a JSON Lines record.")
    var date: String?

    @Flag(name: .customLong("jsonl"), help: "Standard input ('-') is JSON Lines: one article per line, {\"text\": …, \"id\", \"date\", \"title\", \"url\"}.")
    var jsonLines = false

    @Option(name: .customLong("lexicon"), help: "An extra lexicon file (repeatable); see README, 'Extending the lexicon'.")
    var lexicons: [String] = []

    /// Whether any of these options was given.
    var isUsed: Bool { date != nil || jsonLines || !lexicons.isEmpty }

    func validate() throws {
        if let date, Day(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date like 2021-07-29") }
    }

    /// The inputs named on the command line.
    func sources(_ inputs: [String]) throws -> [InputSource] {
        if inputs.filter({ $0 == "-" }).count > 1 { throw CLIError("'-' (standard input) can be given only once") }
        return try InputSource.collect(inputs, standardInputIsJSONLines: jsonLines)
    }

    /// The tagger, lemmatizer and parser shipped in the package; exit status 3 without them.
    static func syntax() throws -> SyntaxAnalyzer {
        do {
            return try SyntaxAnalyzer.shipped()
        } catch {
            throw CLIError("cannot load the syntax models: \(error)", status: .output)
        }
    }

    /// The bundled lexicon with the `--lexicon` files merged in, ready to extract; it loads on
    /// another thread, so that the inputs can be listed meanwhile.
    func loadingExtractionRun() -> BackgroundWork<ExtractionRun> {
        let (lexicons, date) = (lexicons, date.flatMap { Day(iso: $0) })
        return BackgroundWork { try Self.extractionRun(lexicons: lexicons, date: date) }
    }

    private static func extractionRun(lexicons: [String], date: Day?) throws -> ExtractionRun {
        ExtractionRun(lexicon: try lexicon(merging: lexicons), syntax: try syntax(), date: date)
    }

    /// The bundled lexicon with the files at `paths` merged in; a bad file is one error line.
    static func lexicon(merging paths: [String]) throws -> Lexicon {
        do {
            var lexicon = try Lexicon.bundled()
            for path in paths {
                guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such lexicon file") }
                try lexicon.merge(contentsOf: URL(fileURLWithPath: path))
            }
            return lexicon
        } catch let error as LexiconError {
            throw CLIError(error.description.replacingOccurrences(of: ": error: ", with: ": "))
        }
    }
}
