import ActorGraph
@testable import GraphvizOutput
import Testing

@Suite("SVG output")
struct SVGOutputTests {
    let renderer = GraphvizRenderer()

    @Test("is well-formed XML with a legend, a caption and a tooltip on every edge")
    func legendCaptionTooltips() throws {
        let svg = try renderer.render(TestGraphs.sample, as: .svg, options: RenderOptions(title: "Week 13"))
        let document = try #require(SVGDocument.parse(svg))
        #expect(document.texts.contains("Legend"))
        for relation in ["met", "warned", "supported", "urged", "criticized", "assured", "agreed", "rejected",
                         "other relation", "person", "country, government", "organization, group"] {
            #expect(document.texts.contains(relation), "legend lacks \(relation)")
        }
        #expect(document.texts.contains("Week 13"))
        #expect(document.texts.contains("4 actors · 5 relations"))
        #expect(document.edges.count == TestGraphs.sample.edges.count)
        let labels = Dictionary(uniqueKeysWithValues: TestGraphs.sample.nodes.map { ($0.key, $0.label) })
        for relation in TestGraphs.sample.edges {
            let heading = "\(labels[relation.source]!) \(relation.relation) \(labels[relation.target]!)\n"
            let tooltip = document.edges.first { $0.tooltip.hasPrefix(heading) }?.tooltip
            #expect(tooltip?.hasSuffix(relation.evidence) == true, "no tooltip for \(heading)")
        }
        let met = try #require(document.edges.first { $0.tooltip.hasPrefix("Sergei Lavrov met Wang Yi") })
        #expect(met.tooltip == "Sergei Lavrov met Wang Yi\nweight 3 · 2 documents · 2022-03-30 – 2022-04-02\n"
                + "Wang Yi met Sergei Lavrov in Tunxi.")
    }

    @Test("parallel edges both drawn; met without arrowhead, warned with one")
    func parallelEdges() throws {
        let document = try #require(SVGDocument.parse(try renderer.render(TestGraphs.sample, as: .svg)))
        let pair = document.edges.filter { $0.title == "sergei-lavrov->wang-yi" }
        #expect(pair.count == 2)
        #expect(pair.first { $0.tooltip.contains(" met ") }?.hasArrowhead == false)
        #expect(pair.first { $0.tooltip.contains(" warned ") }?.hasArrowhead == true)
    }

    @Test("hostile names and evidence stay well-formed and literal")
    func hostile() throws {
        let document = try #require(SVGDocument.parse(try renderer.render(TestGraphs.hostile, as: .svg)))
        #expect(document.texts.contains("He said \"no\" & 'yes' <b>x</b> a\\b \\N \\n } ] -> 王毅 محمد بن سلمان"))
        #expect(document.tooltips.contains { $0.hasSuffix(TestGraphs.hostileText) })
        #expect(document.edges.count == TestGraphs.hostile.edges.count)
    }

    @Test("every layout engine draws the graph", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let svg = try renderer.render(TestGraphs.sample, as: .svg, options: RenderOptions(layout: engine))
        #expect(SVGDocument.parse(svg)?.edges.count == TestGraphs.sample.edges.count)
    }

    @Test("the same graph gives the same SVG within one Graphviz version")
    func deterministic() throws {
        let first = try renderer.render(TestGraphs.sample, as: .svg)
        #expect(try renderer.render(TestGraphs.sample, as: .svg) == first)
    }
}
