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
            INPUT is a file, a folder (its *.txt, *.md and *.jsonl files, recursively, in sorted \
            order) or '-' for standard input. A *.jsonl file (or '-' with --jsonl) holds one \
            article per line: {"text": …} with optional "id", "date" (YYYY-MM-DD), "title", "url".

            Relations found: met, warned, supported, urged, criticized, assured, agreed, \
            rejected; each edge keeps its weight (pieces of evidence), documents, first and last \
            date and its best evidence sentence. --from and --to keep the relations whose event \
            date falls in the window (both days included); undated relations are then left out.

            Examples:
              actorgraph build examples/ --out-dir graphs     # graphs/actors.*
              actorgraph build article.txt -o article.svg --layout neato
              actorgraph build news/ --out-dir out --per-document --format graphml
              actorgraph build news.jsonl --from 2021-01-01 --to 2021-06-30 -o h1.svg
              cat article.txt | actorgraph build - --date 2021-07-29 -o - --format dot
            """
    )

    @Argument(help: "Article files or folders; '-' reads standard input.")
    var inputs: [String]

    @OptionGroup var output: OutputOptions

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var dates: WindowOptions

    @Flag(name: .customLong("per-document"), help: "With --out-dir: one graph per input, named after its file (or JSON Lines record id).")
    var perDocument = false

    @OptionGroup var filters: FilterOptions

    @Flag(name: .shortAndLong, help: "No progress line or notes; warnings, errors and the final summary still print.")
    var quiet = false

    func validate() throws {
        if !output.isGiven { throw ValidationError("say where to write: -o FILE or --out-dir DIR") }
        if perDocument, output.outDir == nil { throw ValidationError("--per-document needs --out-dir") }
    }

    func run() throws {
        let window = try dates.window()
        // The lexicon loads while the inputs are listed; errors come in the order of the steps.
        let loading = corpus.loadingExtractionRun()
        let planned = Result { try output.plan(defaultName: "actors") }
        let listed = Result { try corpus.sources(inputs) }
        let run = try loading.value()
        let plan = try planned.get()
        let sources = try listed.get()
        try plan.refuseOverwriting(sources.compactMap(\.url))

        let renderer = GraphvizRenderer()
        let filter = filters.filter
        var progress = Progress(enabled: !quiet, totalBytes: Progress.totalBytes(of: sources))
        var aggregator = GraphAggregator()
        var undated = 0
        var names: Set<String> = []
        var duplicates = 0
        let tally: ExtractionRun.Tally
        var written: [String] = []
        do {
            tally = try run.extract(sources, progress: { progress.update(documents: $0.documents, bytes: $0.bytes) }) { result in
                let (kept, leftOut) = window.filter(result)
                undated += leftOut
                guard perDocument else { return aggregator.add(kept) }
                let name = result.documentID.replacingOccurrences(of: "/", with: "_")
                guard names.insert(name).inserted else {
                    duplicates += 1
                    return Console.warning("\(result.documentID): another input has the same name; skipped")
                }
                var single = GraphAggregator()
                single.add(kept)
                let graph = filter.apply(to: single.graph())
                let options = RenderOptions(layout: output.layout.engine(nodeCount: graph.nodes.count))
                _ = try plan.write(name: name) { try renderer.render(graph, as: $0, options: options) }
            }
            progress.finish()
            let graph = perDocument ? nil : filter.apply(to: aggregator.graph())
            if let graph {
                let options = RenderOptions(layout: output.layout.engine(nodeCount: graph.nodes.count),
                                            title: GraphCaption.title(graph))
                written = try plan.write { try renderer.render(graph, as: $0, options: options) }
            }
            Console.note(Self.summary(tally, graph: graph, written: written))
        } catch let error as GraphvizError {
            throw CLIError("Graphviz: \(error.message)", status: .output)
        }
        WindowOptions.noteUndated(undated, window: window, quiet: quiet)
        let skipped = tally.skipped + duplicates
        if skipped > 0 { throw CLIError("\(skipped) of \(tally.inputs) inputs skipped", status: .partial) }
    }

    /// "10 documents, 45 relations, 44 actors, 1 skipped → graphs/actors.svg"
    private static func summary(_ tally: ExtractionRun.Tally, graph: RelationGraph?, written: [String]) -> String {
        var parts = [Console.count(tally.documents, "document")]
        if let graph { parts += [Console.count(graph.edges.count, "relation"), Console.count(graph.nodes.count, "actor")] }
        if tally.skipped > 0 { parts.append("\(tally.skipped) skipped") }
        return parts.joined(separator: ", ") + (written.isEmpty ? "" : " → " + written.joined(separator: ", "))
    }


}
