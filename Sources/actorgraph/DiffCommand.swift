import ActorGraph
import ArgumentParser
import Foundation
import GraphvizOutput

/// `actorgraph diff`: what changed between two graphs, or between two periods of a corpus.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two graphs: relations added, removed or changed.",
        usage: """
            actorgraph diff OLD NEW [<options>]
            actorgraph diff INPUT ... --before FROM..TO --after FROM..TO [<options>]
            """,
        discussion: """
            OLD and NEW are graphs written by 'actorgraph build' (GraphML or DOT, told apart by \
            extension, else by content). Actors are matched by identity (the 'actor' attribute), \
            relations by source, relation and target; a relation whose weight or dates differ is \
            'changed'.

            The summary goes to standard output; -o or --out-dir also writes the diff as a graph: \
            one graph holding both, each actor and relation marked 'change', drawn in SVG with \
            added green and bold, removed red and dashed, changed amber (old→new weight) and \
            unchanged grey.

            With --before and --after, the inputs are articles (as for 'build'): the graph of the \
            relations dated in the first window is compared with the graph of the second. A \
            window is FROM..TO, both days included; either end may be left empty.

            Exit status: 0 no differences; 1 the graphs differ; 2 trouble (nothing written).

            Examples:
              actorgraph diff spring.graphml summer.graphml
              actorgraph diff old.dot new.dot --out-dir out     # out/diff.*
              actorgraph diff news/ --before ..2020-12-31 --after 2021-01-01..
            """
    )

    @Argument(help: "OLD and NEW graph files; with --before/--after, article files or folders.")
    var inputs: [String]

    @Option(help: "With article inputs: the old graph's window, FROM..TO (either end may be empty).")
    var before: String?

    @Option(help: "With article inputs: the new graph's window, FROM..TO (either end may be empty).")
    var after: String?

    @OptionGroup var output: OutputOptions

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .shortAndLong, help: "Print no summary, only warnings and errors.")
    var quiet = false

    func validate() throws {
        if (before == nil) != (after == nil) { throw ValidationError("give both --before and --after, or neither") }
        if before == nil, inputs.count != 2 {
            throw ValidationError("give two graphs, OLD and NEW (or articles with --before and --after)")
        }
        if before == nil, corpus.isUsed { throw ValidationError("--date, --jsonl and --lexicon need --before and --after") }
    }

    func run() throws {
        do {
            let plan = try output.isGiven ? output.plan(defaultName: "diff") : nil
            let (old, new, title) = try graphs(refusing: plan)
            let diff = GraphDiffer().diff(from: old, to: new)
            if !quiet {
                let summary = Data(diff.summary.utf8)
                // `-o -` puts the graph on standard output, so the summary goes aside.
                (output.output == "-" ? FileHandle.standardError : FileHandle.standardOutput).write(summary)
            }
            if let plan {
                let options = RenderOptions(layout: output.layout.engine(nodeCount: diff.nodes.count), title: title)
                _ = try plan.write { try GraphvizRenderer().render(diff, as: $0, options: options) }
            }
            if diff.hasDifferences { throw ExitCode(1) }
        } catch var error as CLIError {
            error.status = .usage  // like diff(1): 2 for any trouble
            throw error
        } catch let error as GraphvizError {
            throw CLIError("Graphviz: \(error.message)")
        }
    }

    /// The old and new graphs, and a caption for the diagram.
    private func graphs(refusing plan: OutputPlan?) throws -> (RelationGraph, RelationGraph, String) {
        guard let before, let after else {
            try plan?.refuseOverwriting(inputs.map { URL(fileURLWithPath: $0) })
            return (try Self.readGraph(inputs[0]), try Self.readGraph(inputs[1]),
                    "ActorGraph diff · \(inputs[0]) → \(inputs[1])")
        }
        let windows = [try Self.window(before, "--before"), try Self.window(after, "--after")]
        let loading = corpus.loadingExtractionRun()
        let listed = Result { try corpus.sources(inputs) }
        let run = try loading.value()
        let sources = try listed.get()
        try plan?.refuseOverwriting(sources.compactMap(\.url))
        var aggregators = [GraphAggregator(), GraphAggregator()]
        var undated = [0, 0]
        _ = try run.extract(sources) { result in
            for (i, window) in windows.enumerated() {
                let (kept, leftOut) = window.filter(result)
                aggregators[i].add(kept)
                undated[i] += leftOut
            }
        }
        for (option, count) in zip(["--before", "--after"], undated) where count > 0 && !quiet {
            Console.note("\(option): " + Console.count(count, "undated relation") + " left out of the window")
        }
        return (aggregators[0].graph(), aggregators[1].graph(),
                "ActorGraph diff · before \(windows[0]) · after \(windows[1])")
    }

    private static func window(_ range: String, _ option: String) throws -> DateWindow {
        do {
            return try DateWindow(parsing: range)
        } catch {
            throw CLIError("\(option) '\(range)': \(error)")
        }
    }

    /// Reads a graph written by `build`; every problem is one line naming the file.
    private static func readGraph(_ path: String) throws -> RelationGraph {
        let reader = GraphReader()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError("\(path): is a folder, not a graph file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= reader.maximumSize else {
            throw CLIError("\(path): larger than the \(reader.maximumSize)-byte limit")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot read the file") }
        do {
            return try reader.read([UInt8](data), name: path)
        } catch let error as GraphReadError {
            throw CLIError(error.description)
        }
    }
}
