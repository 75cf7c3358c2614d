import ActorGraph
import Foundation
@testable import GraphvizOutput
import TestSupport
import Testing

@Suite("GraphML output")
struct GraphMLOutputTests {
    let renderer = GraphvizRenderer()
    let reader = GraphReader()

    /// Prints what networkx made of the file: graph type, and each node's and edge's attributes as [type, repr].
    static let networkxScript = """
        import json, sys
        import networkx as nx
        G = nx.read_graphml(sys.argv[1], force_multigraph=True)
        typed = lambda d: {k: [type(v).__name__, v if isinstance(v, str) else repr(v)] for k, v in d.items()}
        print(json.dumps({"type": type(G).__name__,
            "nodes": [[n, typed(d)] for n, d in G.nodes(data=True)],
            "edges": [[u, v, k, typed(d)] for u, v, k, d in G.edges(keys=True, data=True)]}))
        """

    @Test("networkx reads a MultiDiGraph with every attribute, typed", arguments: [TestGraphs.sample, TestGraphs.hostile])
    func networkx(graph: RelationGraph) throws {
        let graphml = try renderer.render(graph, as: .graphml)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nx-\(UUID().uuidString).graphml")
        try Data(graphml).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ProcessRunner.run(HelperProgram.python(), ["-c", Self.networkxScript, file.path])
        try #require(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(json["type"] as? String == "MultiDiGraph")

        let nodes = try #require(json["nodes"] as? [[Any]])
        #expect(nodes.map { $0[0] as? String } == graph.nodes.indices.map { "n\($0)" })
        for (found, node) in zip(nodes, graph.nodes) {
            #expect(Self.attributes(found[1]) == Self.expected(DataSchema.nodeFields, DataSchema.values(of: node)))
        }
        let edges = try #require(json["edges"] as? [[Any]])
        #expect(Set(edges.map { $0[2] as? String }) == Set(graph.edges.indices.map { "e\($0)" }))
        let ids = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.key, "n\($0)") })
        var found: [String: [String: [String]]] = [:]
        for edge in edges {
            let attributes = Self.attributes(edge[3])
            found["\(edge[0]) \(attributes["relation"]?[1] ?? "") \(edge[1])"] = attributes
        }
        #expect(found.count == graph.edges.count)
        for edge in graph.edges {
            let identity = "\(ids[edge.source]!) \(edge.relation) \(ids[edge.target]!)"
            #expect(found[identity] == Self.expected(DataSchema.edgeFields, DataSchema.values(of: edge)), "\(identity)")
        }
    }

    @Test("reads back through GraphReader as the same graph", arguments: [TestGraphs.sample, TestGraphs.hostile])
    func roundTrip(graph: RelationGraph) throws {
        let graphml = try renderer.render(graph, as: .graphml)
        #expect(try reader.read(graphml, format: .graphml, name: "out.graphml") == graph)
    }

    @Test("keys come first, each with for and a standard type; then the graph, nodes before edges")
    func layout() throws {
        let text = String(decoding: try renderer.render(TestGraphs.sample, as: .graphml), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == #"<?xml version="1.0" encoding="UTF-8"?>"#)
        #expect(lines[1].hasPrefix(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#))
        #expect(lines[2] == #"  <key id="d0" for="node" attr.name="label" attr.type="string"/>"#)
        #expect(lines[8] == #"  <key id="d6" for="node" attr.name="actor" attr.type="string"/>"#)
        #expect(lines[10] == #"  <key id="d8" for="edge" attr.name="weight" attr.type="double"/>"#)
        #expect(lines[16] == #"  <graph id="G" edgedefault="directed">"#)
        #expect(lines.filter { $0.contains("<edge id=") }.count == TestGraphs.sample.edges.count)
        #expect(!text.contains("penwidth") && !text.contains("color"))
    }

    @Test("control characters XML cannot carry become U+FFFD; tab, CR and newline are kept")
    func controlCharacters() throws {
        let graph = RelationGraph(
            nodes: [ActorNode(key: "a", label: "bell\u{7}", kind: "person"), ActorNode(key: "b", label: "b", kind: "group")],
            edges: [RelationEdge(source: "a", target: "b", relation: "urged", weight: 1, documents: 1,
                                 evidence: "nul\u{1}\tcr\r\nend\u{FFFF}")])
        let graphml = try renderer.render(graph, as: .graphml)
        #expect(String(decoding: graphml, as: UTF8.self).contains("nul\u{FFFD}&#9;cr&#13;&#10;end\u{FFFD}"))
        let read = try reader.read(graphml, format: .graphml, name: "c.graphml")
        #expect(read.nodes[0].label == "bell\u{FFFD}")
        #expect(read.edges[0].evidence == "nul\u{FFFD}\tcr\r\nend\u{FFFD}")
    }

    @Test("the same graph gives the same bytes")
    func deterministic() throws {
        let first = try renderer.render(TestGraphs.hostile, as: .graphml)
        #expect(try renderer.render(TestGraphs.hostile, as: .graphml) == first)
        #expect(try renderer.render(TestGraphs.hostile, as: [.graphml, .svg])[.graphml] == first)
    }

    /// networkx's view of one element: attribute name → [type name, value].
    private static func attributes(_ json: Any) -> [String: [String]] {
        (json as? [String: [String]]) ?? [:]
    }

    /// What networkx should report: every non-empty value, typed as its key declares.
    private static func expected(_ fields: [DataField], _ values: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (field, value) in zip(fields, values) where !value.isEmpty {
            switch field.type {
            case .string: result[field.name] = ["str", value]
            case .int: result[field.name] = ["int", value]
            case .double: result[field.name] = ["float", String(Double(value) ?? .nan)]
            }
        }
        return result
    }
}
