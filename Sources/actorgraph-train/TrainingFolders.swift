import ArgumentParser

/// Where the treebanks are read from and the model files written to: the options every training
/// command shares.
struct TrainingFolders: ParsableArguments {
    @Option(help: "Folder with en_ewt-ud-{train,dev,test}.conllu (and en_gum-news.conllu for the parser).")
    var ud = "../shared/ud"

    @Option(help: "Where the model files are written.")
    var out = "Sources/Syntax/Resources/Models"

    /// The path of a treebank file in `ud`, e.g. `treebank("en_ewt-ud-dev")`.
    func treebank(_ name: String) -> String { "\(ud)/\(name).conllu" }
}
