import ActorGraph
import Foundation

/// The style of a diff diagram: the union of two graphs, coloured by what changed.
///
/// Relations: added green and bold, removed red and dashed, changed amber with `old→new` weights
/// in the label, unchanged grey; each labelled with its relation, since colour no longer says it.
/// Actors keep their shapes and are tinted likewise (kept ones white). Every node and edge also
/// carries the data attribute `change`, and every relation that was in the old graph its
/// `old_weight`; `change` is also the SVG `class`, so the diagram can be restyled with CSS.
struct DiffStyle: GraphStyle {
    struct Look: Sendable {
        var color: String
        var line: String
        var fill: String
    }

    static func look(_ change: EdgeDiff.Change) -> Look {
        switch change {
        case .added: return Look(color: "#1A9641", line: "bold", fill: "#DDF1DA")
        case .removed: return Look(color: "#D7191C", line: "dashed", fill: "#FBDADA")
        case .changed: return Look(color: "#E08214", line: "solid", fill: "#FDEBD3")
        case .unchanged: return Look(color: "#9E9E9E", line: "solid", fill: "#FFFFFF")
        }
    }

    static func look(_ change: NodeDiff.Change) -> Look {
        switch change {
        case .added: return look(EdgeDiff.Change.added)
        case .removed: return look(EdgeDiff.Change.removed)
        case .kept: return Look(color: "#555555", line: "solid", fill: "#FFFFFF")
        }
    }

    private let nodeChanges: [String: NodeDiff.Change]
    private let edgeDiffs: [EdgeIdentity: EdgeDiff]
    private let counts: String

    init(_ diff: GraphDiff) {
        nodeChanges = Dictionary(diff.nodes.map { ($0.node.key, $0.change) }, uniquingKeysWith: { a, _ in a })
        edgeDiffs = Dictionary(diff.edges.map { ($0.edge.identity, $0) }, uniquingKeysWith: { a, _ in a })
        counts = EdgeDiff.Change.allCases.map { "\(diff.relationCount($0)) \($0)" }.joined(separator: " · ")
    }

    func defaults(for kind: GraphObjectKind) -> [StyleAttribute] {
        RelationStyle().defaults(for: kind)
    }

    func graphAttributes(nodeCount: Int, edgeCount: Int, title: String?) -> [StyleAttribute] {
        let caption = [title ?? "ActorGraph diff", "relations: \(counts)"].joined(separator: "\n")
        return RelationStyle().graphAttributes(nodeCount: nodeCount, edgeCount: edgeCount, title: caption)
    }

    func dataFields(for kind: GraphObjectKind) -> [DataField] {
        switch kind {
        case .graph: return []
        case .node: return [DataField(name: "change", type: .string)]
        case .edge: return [DataField(name: "change", type: .string), DataField(name: "old_weight", type: .double)]
        }
    }

    func nodeAttributes(for node: ActorNode) -> [StyleAttribute] {
        let change = nodeChanges[node.key] ?? .kept
        let look = Self.look(change)
        let style = change == .kept ? "filled" : "filled,\(look.line)"
        return [("change", change.rawValue), ("class", change.rawValue),
                ("shape", RelationStyle.shape(for: node.kind).shape), ("style", style),
                ("fillcolor", look.fill), ("color", look.color),
                ("tooltip", "\(change): " + RelationStyle.tooltip(node))]
    }

    func edgeAttributes(for edge: RelationEdge, sourceLabel: String, targetLabel: String) -> [StyleAttribute] {
        let diff = edgeDiffs[edge.identity]
        let change = diff?.change ?? .unchanged
        let look = Self.look(change)
        var tooltip = "\(change): " + RelationStyle.tooltip(edge, sourceLabel, targetLabel)
        var weight = edge.weightText
        if change == .changed, let old = diff?.old {
            weight = "\(old.weightText)→\(edge.weightText)"
            tooltip += "\nbefore: weight \(old.weightText)" + (old.dateSpan.map { " · \($0)" } ?? "")
        }
        var attributes: [StyleAttribute] = [
            ("change", change.rawValue),
            ("old_weight", diff?.old?.weightText ?? ""),
            ("class", change.rawValue),
            ("color", look.color + RelationStyle.opacity), ("fontcolor", look.color),
            ("style", look.line),
            ("penwidth", String(format: "%.2f", RelationStyle.penWidth(edge.weight) + (change == .added ? 1 : 0))),
            ("label", weight == "1" ? edge.relation : "\(edge.relation) \(weight)"),
            ("tooltip", tooltip),
        ]
        if !RelationStyle.stroke(for: edge.relation).directed { attributes.append(("dir", "none")) }
        return attributes
    }

    var legend: String? {
        let relations = EdgeDiff.Change.allCases.map { change in
            let look = Self.look(change)
            let text = change == .changed ? "changed (old→new weight)" : change.rawValue
            return RelationStyle.lineLegendRow(color: look.color, line: look.line, arrow: true, text: text)
        }
        let actors = NodeDiff.Change.allCases.map { change in
            let look = Self.look(change)
            return #"<TR><TD BGCOLOR="\#(look.fill)" BORDER="1" COLOR="\#(look.color)"> </TD>"#
                + #"<TD ALIGN="LEFT">actor \#(change)</TD></TR>"#
        }
        return RelationStyle.legendTable(relations + actors + RelationStyle.shapeLegendRows)
    }
}
