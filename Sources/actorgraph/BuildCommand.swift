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

    @Option(help: "Keep relations dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep relations dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Flag(name: .customLong("per-document"), help: "With --out-dir: one graph per input, named after its file (or JSON Lines record id).")
    var perDocument = false

    @Option(name: .customLong("min-weight"), help: "Keep edges with at least this many pieces of evidence.")
    var minimumWeight: Double?

    @Option(name: .customLong("top"), help: "Keep the N actors with the most evidence (weighted degree) and the edges among them.")
    var topActors: Int?

    @Option(help: "Keep only these relations, e.g. met,warned.")
    var relations: RelationListArgument?

    @Flag(name: .shortAndLong, help: "No progress line or notes; warnings, errors and the final summary still print.")
    var quiet = false

    func validate() throws {
        if !output.isGiven { throw ValidationError("say where to write: -o FILE or --out-dir DIR") }
        if perDocument, output.outDir == nil { throw ValidationError("--per-document needs --out-dir") }
        if let minimumWeight, !(minimumWeight > 0) { throw ValidationError("--min-weight must be a number above 0") }
        if let topActors, topActors < 1 { throw ValidationError("--top must be 1 or more") }
        if let unknown = relations?.relations.subtracting(RelationKind.allCases.map(\.rawValue)).sorted().first {
            let known = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--relations: unknown relation '\(unknown)' (expected some of: \(known))")
        }
    }

    private var filter: GraphFilter {
        GraphFilter(minimumWeight: minimumWeight, relations: relations?.relations, topActors: topActors)
    }

    func run() throws {
        let window = try self.window()
        // The lexicon loads while the inputs are listed; errors come in the order of the steps.
        let loading = corpus.loadingExtractionRun()
        let planned = Result { try output.plan(defaultName: "actors") }
        let listed = Result { try corpus.sources(inputs) }
        let run = try loading.value()
        let plan = try planned.get()
        let sources = try listed.get()
        try plan.refuseOverwriting(sources.compactMap(\.url))

        let renderer = GraphvizRenderer()
        let filter = self.filter
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
                                            title: Self.title(graph, documents: tally.documents))
                written = try plan.write { try renderer.render(graph, as: $0, options: options) }
            }
            Console.note(Self.summary(tally, graph: graph, written: written))
        } catch let error as GraphvizError {
            throw CLIError("Graphviz: \(error.message)", status: .output)
        }
        if undated > 0, !quiet {
            Console.note("\(undated) undated relation\(undated == 1 ? "" : "s") left out of the window \(window)")
        }
        let skipped = tally.skipped + duplicates
        if skipped > 0 { throw CLIError("\(skipped) of \(tally.inputs) inputs skipped", status: .partial) }
    }

    /// The `--from`/`--to` window; unbounded when neither is given.
    private func window() throws -> DateWindow {
        func day(_ text: String?, _ option: String) throws -> Day? {
            guard let text else { return nil }
            guard let day = Day(iso: text) else { throw CLIError("\(option) '\(text)' is not a date like 2021-07-29") }
            return day
        }
        let (first, last) = (try day(from, "--from"), try day(to, "--to"))
        do {
            return try DateWindow(from: first, to: last)
        } catch {
            throw CLIError("--from \(from ?? "") is after --to \(to ?? "")")
        }
    }

    /// "10 documents, 45 relations, 44 actors, 1 skipped → graphs/actors.svg"
    private static func summary(_ tally: ExtractionRun.Tally, graph: RelationGraph?, written: [String]) -> String {
        var parts = [count(tally.documents, "document")]
        if let graph { parts += [count(graph.edges.count, "relation"), count(graph.nodes.count, "actor")] }
        if tally.skipped > 0 { parts.append("\(tally.skipped) skipped") }
        return parts.joined(separator: ", ") + (written.isEmpty ? "" : " → " + written.joined(separator: ", "))
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func title(_ graph: RelationGraph, documents: Int) -> String {
        let dates = graph.edges.flatMap { [$0.firstDate, $0.lastDate] }.filter { !$0.isEmpty }.sorted()
        let span = dates.first.map { first in first == dates.last ? " · \(first)" : " · \(first) to \(dates.last!)" } ?? ""
        return "ActorGraph · \(documents) document\(documents == 1 ? "" : "s")\(span)"
    }
}
