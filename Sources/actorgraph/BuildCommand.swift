import ActorExtraction
import ActorGraph
import ArgumentParser
import Foundation
import GraphvizOutput

/// `actorgraph build`: articles in, relation graph out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract actors and relations from articles and write the graph.",
        discussion: """
            INPUT is a file, a folder (its *.txt and *.md files, recursively, in sorted order) or
            '-' for standard input. Relations found: met, warned, supported, urged, criticized,
            assured, agreed, rejected; each edge keeps its weight (pieces of evidence), documents,
            first and last date and its best evidence sentence.

            Examples:
              actorgraph build examples/ --out-dir graphs              # graphs/actors.{dot,svg,graphml}
              actorgraph build article.txt -o article.svg --layout neato
              actorgraph build news/ --out-dir out --per-document --format graphml
              cat article.txt | actorgraph build - --date 2021-07-29 -o - --format dot
            """
    )

    @Argument(help: "Article files or folders; '-' reads standard input.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "Write one graph to this file ('-' for standard output); the format comes from the extension (.dot/.gv, .svg, .graphml) or --format.")
    var output: String?

    @Option(name: .customLong("out-dir"), help: "Write NAME.dot, NAME.svg and NAME.graphml into this folder (created if missing).")
    var outDir: String?

    @Option(help: "The file name (without extension) used with --out-dir.")
    var name = "actors"

    @Option(name: .customLong("format"), help: "Formats to write: dot, svg or graphml (repeatable; default: all three with --out-dir).")
    var formats: [OutputFormatArgument] = []

    @Option(help: "The publication date of the inputs (YYYY-MM-DD), overriding any date found in the text.")
    var date: String?

    @Flag(name: .customLong("per-document"), help: "With --out-dir: one graph per input, named after its file.")
    var perDocument = false

    @Option(help: "Graphviz layout engine for SVG: dot, neato, fdp, sfdp or circo.")
    var layout: LayoutEngineArgument = .init(engine: .dot)

    @Option(name: .customLong("lexicon"), help: "An extra lexicon file (repeatable); see README, 'Extending the lexicon'.")
    var lexicons: [String] = []

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if output != nil, outDir != nil { throw ValidationError("give either -o/--output or --out-dir, not both") }
        if output == nil, outDir == nil { throw ValidationError("say where to write: -o FILE or --out-dir DIR") }
        if perDocument, outDir == nil { throw ValidationError("--per-document needs --out-dir") }
        if let date, Day(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date like 2021-07-29") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) can be given only once") }
    }

    func run() throws {
        let lexicon = try loadLexicon()
        let plan = try OutputPlan(output: output, outDir: outDir, name: name, formats: formats.map(\.format))
        let sources = try InputSource.collect(inputs)
        try plan.refuseOverwriting(sources)
        let run = ExtractionRun(lexicon: lexicon, date: date.flatMap { Day(iso: $0) })
        let batch = run.extract(sources)
        for message in batch.warnings { Console.warning(message) }

        let renderer = GraphvizRenderer()
        let options = RenderOptions(layout: layout.engine)
        var written: [String] = []
        do {
            if perDocument {
                let stems = Dictionary(grouping: batch.results, by: \.documentID).filter { $0.value.count > 1 }
                if let clash = stems.keys.sorted().first {
                    throw CLIError("two inputs are both named '\(clash)': --per-document needs distinct file names")
                }
                for result in batch.results {
                    var aggregator = GraphAggregator()
                    aggregator.add(result)
                    written += try plan.write(aggregator.graph(), renderer: renderer, options: options, name: result.documentID)
                }
            } else {
                var aggregator = GraphAggregator()
                for result in batch.results { aggregator.add(result) }
                let graph = aggregator.graph()
                let titled = RenderOptions(layout: options.layout, title: Self.title(graph, documents: batch.results.count))
                written = try plan.write(graph, renderer: renderer, options: titled, name: name)
                if !quiet {
                    Console.note("\(batch.results.count) documents, \(graph.edges.count) relations, \(graph.nodes.count) actors"
                        + (batch.skipped > 0 ? ", \(batch.skipped) skipped" : "")
                        + (written.isEmpty ? "" : " → " + written.joined(separator: ", ")))
                }
            }
        } catch let error as GraphvizError {
            throw CLIError("Graphviz: \(error.message)", status: .output)
        }
        if batch.skipped > 0 { throw CLIError("\(batch.skipped) of \(sources.count) inputs skipped", status: .partial) }
    }

    private func loadLexicon() throws -> Lexicon {
        do {
            var lexicon = try Lexicon.bundled()
            for path in lexicons {
                guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such lexicon file") }
                try lexicon.merge(contentsOf: URL(fileURLWithPath: path))
            }
            return lexicon
        } catch let error as LexiconError {
            throw CLIError(error.description.replacingOccurrences(of: ": error: ", with: ": "))
        }
    }

    private static func title(_ graph: RelationGraph, documents: Int) -> String {
        let dates = graph.edges.flatMap { [$0.firstDate, $0.lastDate] }.filter { !$0.isEmpty }.sorted()
        let span = dates.first.map { first in first == dates.last ? " · \(first)" : " · \(first) to \(dates.last!)" } ?? ""
        return "ActorGraph · \(documents) document\(documents == 1 ? "" : "s")\(span)"
    }
}
