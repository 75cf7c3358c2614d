import ActorExtraction
import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph extract`: articles in, one event record per piece of evidence out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract relations from articles and write them as event records (JSON Lines or CSV).",
        discussion: """
            Reads articles as 'build' does and writes one record per piece of evidence: \
            the document (id, url, title, publication date), the event's first and last \
            day, the relation with its PLOVER and CAMEO root codes, both actors (canonical \
            id, name, kind, affiliation, country, other names, mentions in the document), \
            the sentence with its UTF-8 byte offsets and the trigger words. The format \
            comes from the extension of -o (.jsonl or .csv) or --format; '-o -' writes \
            to standard output, JSON Lines unless --format csv. 'actorgraph merge' builds the graph from records.

            Examples:
              actorgraph extract examples/ -o events.csv
              actorgraph extract corpus.jsonl --from 2021-01-01 -o events.jsonl
              cat corpus.jsonl | actorgraph extract --jsonl - -o -
            """
    )

    @Argument(help: "Article files or folders; '-' reads standard input.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "The file to write (.jsonl or .csv), or '-' for standard output.")
    var output: String

    @Option(help: "jsonl or csv (default: from the extension of -o; jsonl for standard output).")
    var format: EventFormat?

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var dates: WindowOptions

    @Option(help: "Keep only these relations, e.g. met,warned.")
    var relations: RelationListArgument?

    @Flag(name: .shortAndLong, help: "No progress line or notes; warnings, errors and the final summary still print.")
    var quiet = false

    func validate() throws {
        try relations?.validate()
        if format == nil, output != "-", EventFormat(path: output) == nil {
            throw ValidationError("\(output): cannot tell the format from the extension; use .jsonl or .csv, or --format")
        }
    }

    func run() throws {
        let window = try dates.window()
        let loading = corpus.loadingExtractionRun()
        let listed = Result { try corpus.sources(inputs) }
        let run = try loading.value()
        let sources = try listed.get()
        let format = self.format ?? EventFormat(path: output) ?? .jsonl
        let file = output == "-" ? nil : URL(fileURLWithPath: output)
        try OutputPlan.refuseOverwriting(sources.compactMap(\.url), with: file.map { [$0] } ?? [])
        let stream = try file.map(OutputFile.Stream.init)
        var buffer = Array(format.header.utf8)
        func flush() throws {
            guard !buffer.isEmpty else { return }
            if let stream { try stream.write(buffer) } else { OutputFile.writeStandardOutput(buffer) }
            buffer.removeAll(keepingCapacity: true)
        }
        let kept = relations?.relations
        var progress = Progress(enabled: !quiet, totalBytes: Progress.totalBytes(of: sources))
        var (undated, records) = (0, 0)
        let tally: ExtractionRun.Tally
        do {
            tally = try run.extract(sources, progress: { progress.update(documents: $0.documents, bytes: $0.bytes) }) { result in
                let (inWindow, leftOut) = window.filter(result)
                undated += leftOut
                for record in EventRecord.records(of: inWindow) where kept?.contains(record.relation.rawValue) ?? true {
                    format.append(record, to: &buffer)
                    records += 1
                }
                if buffer.count >= 1 << 16 { try flush() }
            }
            try flush()
            try stream?.commit()
        } catch {
            stream?.discard()
            throw error
        }
        progress.finish()
        let skipped = tally.skipped > 0 ? ", \(tally.skipped) skipped" : ""
        Console.note(Console.count(tally.documents, "document") + ", " + Console.count(records, "record")
            + skipped + (file.map { " → \($0.path)" } ?? ""))
        WindowOptions.noteUndated(undated, window: window, quiet: quiet)
        if tally.skipped > 0 { throw CLIError("\(tally.skipped) of \(tally.inputs) inputs skipped", status: .partial) }
    }
}
