import ActorGraph
import GraphvizOutput
import Testing

@Suite("GraphML reader")
struct GraphMLReaderTests {
    let reader = GraphReader()

    @Test("defaults fill missing keys, for=all keys apply, undeclared keys are ignored")
    func tolerant() throws {
        let text = """
            <?xml version="1.0"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k0" for="all" attr.name="label" attr.type="string"/>
              <key id="k1" for="node" attr.name="kind" attr.type="string"><default>country</default></key>
              <key id="k2" for="edge" attr.name="relation" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="a"><data key="k0">Alpha</data><data key="zz">ignored</data></node>
                <node id="b"><data key="k1">person</data></node>
                <edge source="a" target="b"><data key="k2">urged</data><data key="k0">unused</data></edge>
              </graph>
            </graphml>
            """
        let graph = try reader.read(Array(text.utf8), format: .graphml, name: "t.graphml")
        #expect(graph.nodes == [ActorNode(key: "a", label: "Alpha", kind: "country"),
                                ActorNode(key: "b", label: "b", kind: "person")])
        #expect(graph.edges == [RelationEdge(source: "a", target: "b", relation: "urged", weight: 1, documents: 0)])
    }

    @Test("an edge to an unknown node names the node and its line")
    func unknownNode() {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="directed">
                <node id="n0"/>
                <edge id="e0" source="n0" target="n42"/>
              </graph>
            </graphml>
            """
        #expect(throws: GraphReadError(source: "old.graphml", line: 4, message: "edge refers to unknown node 'n42'")) {
            try reader.read(Array(text.utf8), format: .graphml, name: "old.graphml")
        }
    }

    @Test("malformed XML is an error with its line")
    func malformed() throws {
        let error = try #require(throws: GraphReadError.self) {
            try reader.read(Array("<graphml>\n<graph>\n<node id='a'>\n</graph>".utf8), format: .graphml, name: "m.graphml")
        }
        #expect(error.line == 4)
        #expect(error.description.hasPrefix("m.graphml:4: malformed XML"))
    }

    @Test("a document without a graph is refused")
    func noGraph() {
        #expect(throws: GraphReadError(source: "x.graphml", message: "no <graph> element; not GraphML")) {
            try reader.read(Array("<svg/>".utf8), format: .graphml, name: "x.graphml")
        }
    }
}
