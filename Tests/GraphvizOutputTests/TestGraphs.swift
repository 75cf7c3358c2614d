import ActorGraph

/// Graphs the tests render, written here so every expectation can be read next to its input.
enum TestGraphs {
    /// Four actors; `met` and `warned` between the same pair; an unknown relation; a fractional weight.
    static let sample = RelationGraph(
        nodes: [
            ActorNode(key: "wang-yi", label: "Wang Yi", kind: "person",
                      affiliation: "Ministry of Foreign Affairs", country: "CHN",
                      aliases: ["Mr Wang", "王毅"], mentions: 7),
            ActorNode(key: "sergei-lavrov", label: "Sergei Lavrov", kind: "person", country: "RUS",
                      aliases: ["Лавров"], mentions: 5),
            ActorNode(key: "nato", label: "NATO", kind: "organization", mentions: 3),
            ActorNode(key: "ukraine", label: "Ukraine", kind: "country", country: "UKR", mentions: 2),
        ],
        edges: [
            RelationEdge(source: "sergei-lavrov", target: "wang-yi", relation: "met", weight: 3, documents: 2,
                         firstDate: "2022-03-30", lastDate: "2022-04-02",
                         evidence: "Wang Yi met Sergei Lavrov in Tunxi.", sources: ["doc-1", "doc-2"]),
            RelationEdge(source: "sergei-lavrov", target: "wang-yi", relation: "warned", weight: 1, documents: 1,
                         firstDate: "2022-03-30", lastDate: "2022-03-30",
                         evidence: "Lavrov warned Wang about sanctions.", sources: ["doc-1"]),
            RelationEdge(source: "sergei-lavrov", target: "nato", relation: "warned", weight: 2.5, documents: 2,
                         evidence: "Lavrov warned NATO.", sources: ["doc-2", "doc-3"]),
            RelationEdge(source: "nato", target: "ukraine", relation: "supported", weight: 4, documents: 3,
                         firstDate: "2022-02-01", lastDate: "2022-05-01",
                         evidence: "NATO supported Ukraine.", sources: ["doc-3", "doc-4", "doc-5"]),
            RelationEdge(source: "wang-yi", target: "ukraine", relation: "mediated", weight: 1, documents: 1),
        ])

    /// Every character DOT, escape strings or XML treat specially, plus non-Latin scripts and a trailing backslash.
    static let hostileText = "He said \"no\" & 'yes' <b>x</b> a\\b \\N \\n } ] -> 王毅 محمد بن سلمان\nsecond line\\"

    static let hostileKey = "a\\N \"q\" -> } ] <&> '王毅'\\"

    static let hostile = RelationGraph(
        nodes: [
            ActorNode(key: hostileKey, label: hostileText, kind: "person", affiliation: "<&>\"'",
                      country: "\\N", aliases: ["x|y", "back\\slash", "王毅", "عبد الله"], mentions: 1),
            ActorNode(key: "王毅", label: "王毅", kind: "person", aliases: ["Ван И"], mentions: 2),
        ],
        edges: [
            RelationEdge(source: hostileKey, target: "王毅", relation: "met", weight: 2, documents: 1,
                         evidence: hostileText, sources: ["doc \"1\"", "doc|2", "c:\\docs\\"]),
            RelationEdge(source: hostileKey, target: "王毅", relation: "warned", weight: 1, documents: 1,
                         evidence: "}]; digraph x { y -> z } \\", sources: []),
            RelationEdge(source: "王毅", target: hostileKey, relation: "re]la}tion\"->\\", weight: 1,
                         documents: 0, evidence: "\n\n"),
        ])
}
