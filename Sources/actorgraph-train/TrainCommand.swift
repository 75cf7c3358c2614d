import ArgumentParser
import Foundation

/// `actorgraph-train`: trains the syntax models on UD English EWT and measures them.
@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph-train",
        abstract: "Train and evaluate ActorGraph's syntax models (tagger, lemmatizer, parser).",
        discussion: """
            Trains on the UD English EWT train split, tunes on dev, reports on test, and writes the \
            model files into Sources/Syntax/Resources/Models (`make model` runs every step).

            Exit status: 0 success; 2 unusable input (nothing written); 3 a model file could not be written.
            """,
        subcommands: [
            TaggerCommand.self,
            EvaluateCommand.self,
            ParserCommand.self,
        ]
    )

    /// Runs the command, printing errors as one line and exiting with the documented status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as TrainError {
            FileHandle.standardError.write(Data("actorgraph-train: \(error.message)\n".utf8))
            Foundation.exit(error.status)
        } catch {
            exit(withError: error)
        }
    }
}

/// A failure with its one-line message and exit status (2 input, 3 output).
struct TrainError: Error {
    var message: String
    var status: Int32

    init(_ message: String, status: Int32 = 2) {
        self.message = message
        self.status = status
    }
}
