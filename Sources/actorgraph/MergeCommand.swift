import ActorGraph
import ArgumentParser
import Foundation
import GraphvizOutput

/// `actorgraph merge`: event records in, relation graph out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Build the graph from event records written by 'actorgraph extract'.",
        discussion: """
            EVENTS are files written by 'actorgraph extract' (JSON Lines, or CSV when the \
            name ends in .csv), folders of them (every file whose name does not start \
            with '.' or '_', as Spark writes them) or '-' (JSON Lines on standard input). \
            The graph is the one 'build' draws from the same articles, byte for byte, \
            whatever way the records were split into files and in whatever order they \
            are given. A malformed record is named as FILE:LINE: reason and skipped; \
            the others are read and the status is then 1.

            Examples:
              actorgraph merge events.jsonl --out-dir graphs
              actorgraph merge shards/ -o actors.graphml --from 2021-01-01
              actorgraph merge a.csv b.jsonl -o - --format dot
            """
    )

    @Argument(help: "Event files or folders; '-' reads JSON Lines from standard input.")
    var inputs: [String]

    @OptionGroup var output: OutputOptions

    @OptionGroup var dates: WindowOptions

    @OptionGroup var filters: FilterOptions

    @Flag(name: .shortAndLong, help: "No notes; warnings, errors and the final summary still print.")
    var quiet = false

    func validate() throws {
        if !output.isGiven { throw ValidationError("say where to write: -o FILE or --out-dir DIR") }
    }

    func run() throws {
        let window = try dates.window()
        let plan = try output.plan(defaultName: "actors")
        let files = try EventFiles(inputs)
        try plan.refuseOverwriting(files.files.compactMap(\.url))
        var aggregator = GraphAggregator()
        var undated = 0
        let tally = files.read { record in
            guard window.contains(record.date) else {
                if record.date == nil { undated += 1 }
                return
            }
            aggregator.add(record)
        }
        let graph = filters.filter.apply(to: aggregator.graph())
        let written: [String]
        do {
            let options = RenderOptions(layout: output.layout.engine(nodeCount: graph.nodes.count),
                                        title: GraphCaption.title(graph))
            written = try plan.write { try GraphvizRenderer().render(graph, as: $0, options: options) }
        } catch let error as GraphvizError {
            throw CLIError("Graphviz: \(error.message)", status: .output)
        }
        var parts = [Console.count(tally.records, "record"), Console.count(graph.edges.count, "relation"),
                     Console.count(graph.nodes.count, "actor")]
        if tally.skipped > 0 { parts.append("\(tally.skipped) skipped") }
        Console.note(parts.joined(separator: ", ") + (written.isEmpty ? "" : " → " + written.joined(separator: ", ")))
        WindowOptions.noteUndated(undated, window: window, quiet: quiet)
        if tally.skipped > 0 { throw CLIError(Console.count(tally.skipped, "malformed or unreadable record") + " skipped", status: .partial) }
    }
}
