import ArgumentParser
import GraphvizOutput

/// `--format` values.
struct OutputFormatArgument: ExpressibleByArgument, Sendable {
    var format: OutputFormat

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument.lowercased()) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}

/// `--layout` values.
struct LayoutEngineArgument: ExpressibleByArgument, Sendable {
    var engine: LayoutEngine

    init(engine: LayoutEngine) {
        self.engine = engine
    }

    init?(argument: String) {
        guard let engine = LayoutEngine(rawValue: argument.lowercased()) else { return nil }
        self.engine = engine
    }

    var defaultValueDescription: String { engine.rawValue }

    static var allValueStrings: [String] { LayoutEngine.allCases.map(\.rawValue) }
}
