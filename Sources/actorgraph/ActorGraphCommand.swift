import ArgumentParser
import Foundation

/// The `actorgraph` command line.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Turn news articles into a graph of who met, warned or supported whom.",
        discussion: """
            ActorGraph reads articles (plain text or JSON Lines), finds the actors (people, \
            governments, groups), extracts dated relations with the sentence that proves each one, \
            and writes a weighted graph as DOT, SVG (a diagram) or GraphML (for networkx, igraph, \
            Gephi, yEd).

            'actorgraph diff' shows what changed between two graphs, or two periods of a corpus.

            'actorgraph extract' writes the evidence as event records (JSON Lines or CSV); \
            'actorgraph merge' builds the same graph from records, e.g. from Spark shards.

            Start with:
              actorgraph build examples/ --out-dir graphs

            Exit status of build, extract and merge: 0 success; 1 output written but some inputs \
            (merge: records) were skipped; 2 bad arguments or unusable input (nothing written); 3 \
            an output could not be written or rendered. Of diff: 0 no differences; 1 differences; \
            2 trouble. Of parse and explain: 0 success; 2 bad arguments or input; 3 the syntax \
            models could not be loaded.
            """,
        subcommands: [BuildCommand.self, ExtractCommand.self, MergeCommand.self, DiffCommand.self, ParseCommand.self, ExplainCommand.self],
        defaultSubcommand: nil
    )

    /// Runs the command, printing errors as one line and exiting with the documented status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let error as CLIError {
            Console.error(error.message)
            Foundation.exit(error.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = oneLine(self.message(for: error))
            Console.error("\(message) (see 'actorgraph --help')")
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }

    /// ArgumentParser's message on one line: "one of the following: - 'a' - 'b'" → "one of: 'a', 'b'".
    private static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let items = lines.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        let text = lines.filter { !$0.hasPrefix("- ") }.joined(separator: " ")
        return items.isEmpty ? text : text.replacingOccurrences(of: "one of the following:", with: "one of:") + " " + items.joined(separator: ", ")
    }
}
