import ActorExtraction
import ActorGraph
import Syntax
import Testing

/// One actor, one node, across articles: six short articles of our own that name the same people,
/// states and organisations in different spellings, built into one graph.
@Suite("actor identity across articles")
struct ActorIdentityTests {
    static let articles: [(id: String, date: String, text: String)] = [
        ("a1", "2023-03-02", """
            Secretary of State Antony Blinken met President Volodymyr Zelensky in Kyiv on Thursday during a \
            visit that had not been announced. Blinken warned Russia that the sanctions would stay in place. \
            Nato has supported Ukraine since the first week of the war.
            """),
        ("a2", "2023-03-05", """
            Anthony Blinken met Chinese FM Wang Yi in Munich on Sunday for about an hour. The two sides did not \
            agree on much. Wang warned the United States over its arms sales to Taiwan.
            """),
        ("a3", "2023-03-08", """
            N. Korea warned South Korea on Wednesday about the drills that are planned for the spring. Kim Jong Un \
            met Russian Foreign Minister Sergey Lavrov in Pyongyang on Thursday. President Volodymyr Zelenskyy \
            criticized Lavrov in his evening address.
            """),
        ("a4", "2023-03-10", """
            Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Friday. Later \
            in the day President Volodymyr Zelenskiy met NATO Secretary General Jens Stoltenberg in a town near the \
            front. Kim Jong-un warned Japan about its new missile defences.
            """),
        ("a5", "2023-03-12", """
            Kim Yo Jong warned South Korea on Monday in a statement that was read on state television. Former \
            President George Bush met Syrian President Bashar al-Assad in the spring of 2005, an old report says. \
            Crown Prince Mohammed bin Salman met Egyptian President Abdel Fattah el-Sisi in Cairo on Sunday. \
            North Korea supported Russia in a vote at the United Nations.
            """),
        ("a6", "2023-03-14", """
            Jeb Bush criticized Bashar Assad in a speech that he gave in Florida on Tuesday. In Riyadh, Crown \
            Prince Muhammad bin Salman met President Recep Tayyip Erdogan of Turkey. Erdogan later met Abdel Fattah \
            al-Sisi in Ankara. Later, Wang warned Japan about the plan.
            """),
    ]

    static let graph: RelationGraph = {
        let extractor: ActorExtractor
        do {
            extractor = ActorExtractor(lexicon: try Lexicon.bundled(), syntax: try SyntaxAnalyzer.shipped())
        } catch {
            fatalError("bundled lexicon or syntax models: \(error)")
        }
        var aggregator = GraphAggregator()
        for a in articles {
            aggregator.add(extractor.extract(Document(id: a.id, text: a.text, date: Day(iso: a.date))))
        }
        return aggregator.graph()
    }()

    /// The nodes that carry `name` as their label or one of their other names.
    private func nodes(named name: String) -> [ActorNode] {
        Self.graph.nodes.filter { $0.label == name || $0.aliases.contains(name) }
    }

    @Test("spellings of one actor in different articles are one node of the right kind", arguments: [
        (["Antony Blinken", "Anthony Blinken"], "person"),
        (["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"], "person"),
        (["Kim Jong Un", "Kim Jong-un"], "person"),
        (["Sergey Lavrov", "Sergei Lavrov"], "person"),
        (["Bashar al-Assad", "Bashar Assad"], "person"),
        (["Mohammed bin Salman", "Muhammad bin Salman"], "person"),
        (["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"], "person"),
        (["NATO", "Nato"], "organization"),
        (["North Korea", "N. Korea"], "country"),
    ])
    func oneNode(_ names: [String], _ kind: String) throws {
        let found = names.map(nodes(named:))
        for (name, nodes) in zip(names, found) { #expect(nodes.count == 1, "\(name): \(nodes.map(\.label))") }
        let keys = Set(found.joined().map(\.key))
        #expect(keys.count == 1, "\(names): \(keys)")
        #expect(found.joined().allSatisfy { $0.kind == kind })
    }

    @Test("an abbreviated title is the office: 'Chinese FM Wang Yi' is the foreign minister Wang Yi")
    func abbreviatedTitle() throws {
        let wang = try #require(nodes(named: "Wang Yi").first)
        #expect(nodes(named: "FM Wang Yi").isEmpty)
        #expect(wang.kind == "person" && wang.country == "CHN")
        #expect(wang.aliases.contains("Chinese FM Wang Yi"))
    }

    @Test("namesakes stay apart, and a lone surname joins a full name only in its own article", arguments: [
        ("Kim Jong Un", "Kim Yo Jong"), ("George Bush", "Jeb Bush"), ("Wang Yi", "Wang"),
    ])
    func namesakes(_ a: String, _ b: String) throws {
        let x = try #require(Self.graph.nodes.first { $0.label == a })
        let y = try #require(Self.graph.nodes.first { $0.label == b })
        #expect(x.key != y.key)
    }

    @Test("no state or organisation is drawn as a person")
    func noAcronymPeople() {
        let people = Self.graph.nodes.filter { $0.kind == "person" }.map(\.label)
        #expect(!people.contains { ["Nato", "NATO", "N. Korea", "FM Wang Yi"].contains($0) })
        #expect(people.count == 14, "\(people.sorted())")
    }
}
