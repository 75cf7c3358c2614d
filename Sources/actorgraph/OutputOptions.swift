import ArgumentParser

/// Where graphs go and how they are drawn: shared by `build` and `diff`.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write one graph to this file ('-' for standard output); the format comes from the extension (.dot/.gv, .svg, .graphml) or --format.")
    var output: String?

    @Option(name: .customLong("out-dir"), help: "Write NAME.dot, NAME.svg and NAME.graphml into this folder (created if missing).")
    var outDir: String?

    @Option(help: "The file name (without extension) used with --out-dir (default: 'actors'; for diff, 'diff').")
    var name: String?

    @Option(name: .customLong("format"), help: "Formats to write: dot, svg or graphml (repeatable; default: all three with --out-dir).")
    var formats: [OutputFormatArgument] = []

    @Option(help: "Graphviz layout engine for SVG: auto, dot, neato, fdp, sfdp or circo (auto: dot up to 300 actors, sfdp above).")
    var layout: LayoutEngineArgument = .init(engine: nil)

    /// Whether `-o` or `--out-dir` says where to write.
    var isGiven: Bool { output != nil || outDir != nil }

    func validate() throws {
        if output != nil, outDir != nil { throw ValidationError("give either -o/--output or --out-dir, not both") }
    }

    /// Where to write, with `defaultName` for `--out-dir` when `--name` is not given.
    func plan(defaultName: String) throws -> OutputPlan {
        try OutputPlan(output: output, outDir: outDir, name: name ?? defaultName, formats: formats.map(\.format))
    }
}
