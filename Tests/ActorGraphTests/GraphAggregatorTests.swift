import ActorExtraction
import ActorGraph
import Testing

@Suite("aggregating events into a weighted graph")
struct GraphAggregatorTests {
    private func event(_ relation: RelationKind, _ source: String, _ target: String, doc: String, at start: Int,
                       date: String? = nil, sentence: String = "A sentence.") -> Event {
        Event(relation: relation, source: source, target: target, date: date.flatMap { Day(iso: $0) }.map { EventDate($0) },
              evidence: Evidence(documentID: doc, sentence: sentence, span: TextSpan(start: start, end: start + 10)))
    }

    private func result(_ doc: String, _ events: [Event], actors: [Actor] = GraphAggregatorTests.people) -> ExtractionResult {
        ExtractionResult(documentID: doc, documentDate: nil, actors: actors, events: events)
    }

    static let people = [
        Actor(id: "a", name: "Ana Soto", kind: .person, affiliation: "Chile", country: "CHL", mentions: 2),
        Actor(id: "b", name: "Raul Vega", kind: .person, affiliation: "Peru", country: "PER", mentions: 1),
        Actor(id: "c", name: "Chile", kind: .country, affiliation: "Chile", country: "CHL", mentions: 1),
    ]

    @Test("weight counts distinct evidence, documents count articles, dates span the evidence")
    func weights() throws {
        var aggregator = GraphAggregator()
        aggregator.add(result("d1", [event(.met, "a", "b", doc: "d1", at: 0, date: "2021-06-03"),
                                     event(.met, "b", "a", doc: "d1", at: 50, date: "2021-06-01"),
                                     event(.met, "a", "b", doc: "d1", at: 50, date: "2021-06-01")]))
        aggregator.add(result("d2", [event(.met, "a", "b", doc: "d2", at: 0, date: "2021-07-10")]))
        let graph = aggregator.graph()
        let edge = try #require(graph.edges.first)
        #expect(graph.edges.count == 1)
        #expect((edge.source, edge.target, edge.relation) == ("a", "b", "met"))
        #expect(edge.weight == 3)
        #expect(edge.documents == 2)
        #expect((edge.firstDate, edge.lastDate) == ("2021-06-01", "2021-07-10"))
        #expect(edge.sources == ["d1", "d2"])
    }

    @Test("directed relations keep their direction and stay parallel to met")
    func directions() {
        var aggregator = GraphAggregator()
        aggregator.add(result("d", [event(.warned, "b", "a", doc: "d", at: 0), event(.warned, "a", "b", doc: "d", at: 20),
                                    event(.met, "b", "a", doc: "d", at: 40)]))
        let edges = aggregator.graph().edges.map { "\($0.source) \($0.relation) \($0.target)" }
        #expect(edges == ["a met b", "a warned b", "b warned a"])
    }

    @Test("nodes come from the documents of their events: labels, aliases and mentions merge across them")
    func nodes() throws {
        var aggregator = GraphAggregator()
        aggregator.add(result("d1", [event(.supported, "a", "b", doc: "d1", at: 0)]))
        var variant = Self.people
        variant[0].name = "Ana M. Soto"
        variant[0].aliases = ["Soto"]
        variant[0].mentions = 1
        aggregator.add(result("d2", [event(.met, "a", "c", doc: "d2", at: 0)], actors: variant))
        // A document that names Ana in no relation adds nothing to her node.
        var silent = Self.people
        silent[0].aliases = ["Dr. Soto"]
        aggregator.add(result("d3", [event(.met, "b", "c", doc: "d3", at: 0)], actors: silent))
        let graph = aggregator.graph()
        #expect(graph.nodes.map(\.key) == ["a", "b", "c"])
        let ana = try #require(graph.node("a"))
        #expect(ana.label == "Ana Soto")
        #expect(ana.aliases == ["Ana M. Soto", "Soto"])
        #expect(ana.mentions == 3)
        #expect(ana.country == "CHL")
    }

    @Test("adding the same document twice changes nothing; of two accounts of one document the greater stands")
    func idempotent() {
        let events = [event(.met, "a", "b", doc: "d1", at: 0)]
        var once = GraphAggregator(), twice = GraphAggregator()
        once.add(result("d1", events))
        twice.add(result("d1", events))
        twice.add(result("d1", events))
        #expect(once.graph() == twice.graph())
        var fewer = Self.people
        fewer[0].mentions = 1
        var forward = GraphAggregator(), backward = GraphAggregator()
        forward.add(result("d1", events, actors: fewer))
        forward.add(result("d1", events))
        backward.add(result("d1", events))
        backward.add(result("d1", events, actors: fewer))
        #expect(forward.graph() == backward.graph())
        #expect(forward.graph().node("a")?.mentions == 2)
    }

    @Test("the best evidence is the shortest sentence, whatever the order documents arrive in")
    func orderIndependent() {
        let long = event(.met, "a", "b", doc: "d1", at: 0, sentence: "A much longer sentence about the meeting.")
        let short = event(.met, "a", "b", doc: "d2", at: 0, sentence: "They met.")
        var forward = GraphAggregator(), backward = GraphAggregator()
        forward.add(result("d1", [long]))
        forward.add(result("d2", [short]))
        backward.add(result("d2", [short]))
        backward.add(result("d1", [long]))
        #expect(forward.graph() == backward.graph())
        #expect(forward.graph().edges.first?.evidence == "They met.")
    }
}
