import ActorExtraction
import ArgumentParser
import Foundation
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

/// `--layout` values: an engine, or `auto` (dot for small graphs, sfdp for large ones).
struct LayoutEngineArgument: ExpressibleByArgument, Sendable {
    /// `nil` for `auto`.
    var engine: LayoutEngine?

    init(engine: LayoutEngine?) {
        self.engine = engine
    }

    init?(argument: String) {
        let name = argument.lowercased()
        if name == "auto" {
            engine = nil
            return
        }
        guard let engine = LayoutEngine(rawValue: name) else { return nil }
        self.engine = engine
    }

    var defaultValueDescription: String { engine?.rawValue ?? "auto" }

    static var allValueStrings: [String] { ["auto"] + LayoutEngine.allCases.map(\.rawValue) }

    /// The engine for a graph of `nodeCount` actors.
    func engine(nodeCount: Int) -> LayoutEngine {
        engine ?? .automatic(nodeCount: nodeCount)
    }
}

/// `--relations met,warned` values.
struct RelationListArgument: ExpressibleByArgument, Sendable {
    var relations: Set<String>

    init?(argument: String) {
        let names = argument.lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty }) else { return nil }
        relations = Set(names)
    }

    /// Refuses a relation that ActorGraph does not extract, naming those it does.
    func validate() throws {
        if let unknown = relations.subtracting(RelationKind.allCases.map(\.rawValue)).sorted().first {
            let known = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--relations: unknown relation '\(unknown)' (expected some of: \(known))")
        }
    }
}
