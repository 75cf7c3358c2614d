import ActorExtraction
import ActorGraph
import ArgumentParser

/// `--min-weight`, `--top` and `--relations`: what a graph keeps; shared by `build` and `merge`.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("min-weight"), help: "Keep edges with at least this many pieces of evidence.")
    var minimumWeight: Double?

    @Option(name: .customLong("top"), help: "Keep the N actors with the most evidence (weighted degree) and the edges among them.")
    var topActors: Int?

    @Option(help: "Keep only these relations, e.g. met,warned.")
    var relations: RelationListArgument?

    func validate() throws {
        if let minimumWeight, !(minimumWeight > 0) { throw ValidationError("--min-weight must be a number above 0") }
        if let topActors, topActors < 1 { throw ValidationError("--top must be 1 or more") }
        try relations?.validate()
    }

    var filter: GraphFilter {
        GraphFilter(minimumWeight: minimumWeight, relations: relations?.relations, topActors: topActors)
    }
}
