import ArgumentParser

/// `actorgraph-train`: trains the syntax models from Universal Dependencies treebanks.
@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph-train",
        abstract: "Train the syntax layer's models on UD English EWT.",
        subcommands: [ParserCommand.self])
}
