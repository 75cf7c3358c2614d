import ActorGraph

/// The caption above a drawn graph, made from the graph alone, so that `build` and `merge` draw
/// the same evidence the same way: "ActorGraph · 10 documents · 2015-07-14 to 2023-08-18", where
/// the documents are those behind the relations shown.
enum GraphCaption {
    static func title(_ graph: RelationGraph) -> String {
        let documents = Set(graph.edges.flatMap(\.sources)).count
        let dates = graph.edges.flatMap { [$0.firstDate, $0.lastDate] }.filter { !$0.isEmpty }.sorted()
        let span = dates.first.map { first in first == dates.last ? " · \(first)" : " · \(first) to \(dates.last ?? first)" } ?? ""
        return "ActorGraph · " + Console.count(documents, "document") + span
    }
}
