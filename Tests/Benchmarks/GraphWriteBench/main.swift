// Times GraphML and DOT writing of a big synthetic graph (issue 5: "GraphML writing of a
// 100,000-edge graph in well under a few seconds"). Run by `make bench` through bench.sh:
//     graph-write-bench [ACTORS] [EDGES] [FORMAT…]   (defaults: 20,000 actors, 100,000 edges,
//                                                     graphml and dot)
// Prints one line per format: seconds (the best and the median of three) and output size.
// With GRAPH_WRITE_BENCH_OUT=DIR set, also writes the outputs to DIR/bench.graphml and DIR/bench.dot,
// to compare bytes across changes.
import ActorGraph
import Foundation
import GraphvizOutput

let arguments = CommandLine.arguments.dropFirst()
let counts = arguments.compactMap { Int($0) }
let actorCount = counts.first ?? 20_000
let edgeCount = counts.dropFirst().first ?? 100_000
let named = arguments.compactMap { OutputFormat(rawValue: $0) }
let formats = named.isEmpty ? [.graphml, .dot] : named
let relations = ["met", "warned", "supported", "criticized", "threatened"]

/// A deterministic pseudo-random sequence (SplitMix64), so every run writes the same graph.
struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Actors with realistic keys and labels; edges between distinct actors, each (source, relation,
/// target) once, with dates, evidence and sources as aggregation writes them.
func syntheticGraph() -> RelationGraph {
    var random = SplitMix(state: 42)
    let nodes = (0..<actorCount).map { i in
        ActorNode(key: "person:actor \(i)", label: "Actor Number \(i)", kind: "person",
                  affiliation: i % 3 == 0 ? "China" : "", country: i % 3 == 0 ? "CHN" : "",
                  aliases: ["Actor \(i)"], mentions: 1 + i % 17)
    }
    var seen = Set<String>()
    var edges: [RelationEdge] = []
    edges.reserveCapacity(edgeCount)
    while edges.count < edgeCount {
        // Skewed towards low-numbered actors, as news graphs have hubs.
        let a = random.next(random.next(actorCount) + 1)
        let b = random.next(actorCount)
        let relation = relations[random.next(relations.count)]
        guard a != b, seen.insert("\(a) \(relation) \(b)").inserted else { continue }
        edges.append(RelationEdge(
            source: nodes[a].key, target: nodes[b].key, relation: relation, weight: Double(1 + random.next(5)),
            documents: 1 + random.next(3), firstDate: "2021-03-0\(1 + random.next(9))", lastDate: "2021-04-16",
            evidence: "Actor Number \(a) \(relation) Actor Number \(b) on Friday, officials said.",
            sources: ["news/a\(random.next(100_000)).txt"]))
    }
    return RelationGraph(nodes: nodes, edges: edges)
}

let graph = syntheticGraph()
let renderer = GraphvizRenderer()
for format in formats {
    var seconds: [Double] = []
    var bytes: [UInt8] = []
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        bytes = try renderer.render(graph, as: format)
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    seconds.sort()
    print("\(format.rawValue) write: \(graph.nodes.count) actors, \(graph.edges.count) edges: "
          + "\(String(format: "%.2f", seconds[0])) s (median \(String(format: "%.2f", seconds[1])) s), "
          + "\(bytes.count / 1_000_000) MB")
    if let directory = ProcessInfo.processInfo.environment["GRAPH_WRITE_BENCH_OUT"] {
        let url = URL(fileURLWithPath: directory).appendingPathComponent("bench.\(format.fileExtension)")
        try Data(bytes).write(to: url)
    }
}
