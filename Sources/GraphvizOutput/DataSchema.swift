import ActorGraph

/// One data attribute of actors or relations; `type` is its GraphML `attr.type`.
struct DataField: Sendable {
    enum ValueType: String, Sendable { case string, int, double }

    let name: String
    let type: ValueType
}

/// The data attributes that DOT and GraphML carry for actors and relations, in the order they
/// are declared and written, and the conversions from and to `ActorNode` and `RelationEdge`.
///
/// Lists (`aliases`, `sources`) are joined with `|`; a `|` or `\` inside an item is written as
/// `\|` or `\\`, so every list reads back exactly. Missing values read back as defaults:
/// label = the actor key, kind `other`, weight 1, numbers 0, strings and lists empty.
enum DataSchema {
    static let nodeFields: [DataField] = [
        DataField(name: "label", type: .string),
        DataField(name: "kind", type: .string),
        DataField(name: "affiliation", type: .string),
        DataField(name: "country", type: .string),
        DataField(name: "aliases", type: .string),
        DataField(name: "mentions", type: .int),
        DataField(name: "actor", type: .string),
    ]

    static let edgeFields: [DataField] = [
        DataField(name: "relation", type: .string),
        DataField(name: "weight", type: .double),
        DataField(name: "documents", type: .int),
        DataField(name: "first_date", type: .string),
        DataField(name: "last_date", type: .string),
        DataField(name: "evidence", type: .string),
        DataField(name: "sources", type: .string),
    ]

    /// The actor's values, aligned with `nodeFields`.
    static func values(of node: ActorNode) -> [String] {
        [node.label, node.kind, node.affiliation, node.country, joinList(node.aliases),
         String(node.mentions), node.key]
    }

    /// The relation's values, aligned with `edgeFields`.
    static func values(of edge: RelationEdge) -> [String] {
        [edge.relation, edge.weightText, String(edge.documents), edge.firstDate, edge.lastDate,
         edge.evidence, joinList(edge.sources)]
    }

    /// An actor from the values found by field name.
    static func node(key: String, values: [String: String]) -> ActorNode {
        ActorNode(
            key: key,
            label: values["label"] ?? key,
            kind: nonEmpty(values["kind"]) ?? "other",
            affiliation: values["affiliation"] ?? "",
            country: values["country"] ?? "",
            aliases: splitList(values["aliases"] ?? ""),
            mentions: values["mentions"].flatMap { Int($0) } ?? 0)
    }

    /// A relation from the values found by field name; `fallbackRelation` (a DOT edge key) is
    /// used when there is no `relation` value.
    static func edge(source: String, target: String, values: [String: String],
                     fallbackRelation: String?) -> RelationEdge {
        RelationEdge(
            source: source, target: target,
            relation: nonEmpty(values["relation"]) ?? fallbackRelation ?? "",
            weight: values["weight"].flatMap { Double($0) } ?? 1,
            documents: values["documents"].flatMap { Int($0) } ?? 0,
            firstDate: values["first_date"] ?? "",
            lastDate: values["last_date"] ?? "",
            evidence: values["evidence"] ?? "",
            sources: splitList(values["sources"] ?? ""))
    }

    private static func nonEmpty(_ text: String?) -> String? {
        text.flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func joinList(_ items: [String]) -> String {
        // Most lists need no escaping and have one item, which is then the value itself.
        guard items.contains(where: { $0.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "|") } }) else {
            return items.count == 1 ? items[0] : items.joined(separator: "|")
        }
        return items.map { item in
            var escaped = String.UnicodeScalarView()
            for scalar in item.unicodeScalars {
                if scalar == "\\" || scalar == "|" { escaped.append("\\") }
                escaped.append(scalar)
            }
            return String(escaped)
        }.joined(separator: "|")
    }

    private static func splitList(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\\": current.append(scalars.next() ?? "\\")
            case "|": items.append(String(current)); current = String.UnicodeScalarView()
            default: current.append(scalar)
            }
        }
        items.append(String(current))
        return items
    }
}
