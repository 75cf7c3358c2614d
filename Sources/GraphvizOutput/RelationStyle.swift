import ActorGraph
import Foundation

/// The normal diagram style: one colour and line per relation, one shape per actor kind,
/// line width growing with weight, tooltips, a caption and a legend.
///
/// Colours are the Okabe–Ito and Tol palettes (readable with colour-blindness), drawn at 70 %
/// opacity so crossing edges stay visible.
struct RelationStyle: GraphStyle {
    struct Stroke: Sendable {
        var color: String
        var line: String
        var directed = true
    }

    struct Shape: Sendable {
        var kinds: [String]
        var shape: String
        var fill: String
    }

    /// In legend order; relations not listed use `unknownStroke`.
    static let strokes: [(relation: String, stroke: Stroke)] = [
        ("met", Stroke(color: "#0072B2", line: "solid", directed: false)),
        ("warned", Stroke(color: "#D55E00", line: "solid")),
        ("supported", Stroke(color: "#009E73", line: "solid")),
        ("urged", Stroke(color: "#E69F00", line: "dashed")),
        ("criticized", Stroke(color: "#CC79A7", line: "solid")),
        ("assured", Stroke(color: "#56B4E9", line: "dashed")),
        ("agreed", Stroke(color: "#117733", line: "dashed")),
        ("rejected", Stroke(color: "#882255", line: "dashed")),
    ]
    static let unknownStroke = Stroke(color: "#7F7F7F", line: "dotted")

    /// In legend order; kinds not listed use `otherShape`.
    static let shapes: [Shape] = [
        Shape(kinds: ["person"], shape: "ellipse", fill: "#FFFFFF"),
        Shape(kinds: ["country", "government"], shape: "box", fill: "#EEF3FA"),
        Shape(kinds: ["organization", "group"], shape: "hexagon", fill: "#FDF3E7"),
    ]
    static let otherShape = Shape(kinds: ["other"], shape: "plaintext", fill: "#FFFFFF")

    static let font = "Helvetica,Arial,sans-serif"
    static let opacity = "B3"
    static let maximumPenWidth = 8.0

    func defaults(for kind: GraphObjectKind) -> [StyleAttribute] {
        switch kind {
        case .graph:
            return [("fontname", Self.font), ("fontsize", "14"), ("labelloc", "t"),
                    ("overlap", "prism"), ("outputorder", "edgesfirst"), ("sep", "+4"), ("pad", "0.3")]
        case .node:
            return [("fontname", Self.font), ("fontsize", "11"), ("style", "filled"), ("color", "#555555")]
        case .edge:
            return [("fontname", Self.font), ("fontsize", "9"), ("arrowsize", "0.7")]
        }
    }

    func graphAttributes(nodeCount: Int, edgeCount: Int, title: String?) -> [StyleAttribute] {
        let counts = "\(Self.count(nodeCount, "actor")) · \(Self.count(edgeCount, "relation"))"
        let caption = title.map { "\($0)\n\(counts)" } ?? counts
        // Curved routing around thousands of edges takes minutes; straight lines take seconds.
        return edgeCount > 2000 ? [("label", caption), ("splines", "false")] : [("label", caption)]
    }

    func nodeAttributes(for node: ActorNode) -> [StyleAttribute] {
        let shape = Self.shape(for: node.kind)
        let facts = [node.kind, node.affiliation, node.country].filter { !$0.isEmpty }
        var tooltip = [node.label, facts.joined(separator: " · ")]
        if !node.aliases.isEmpty { tooltip.append("also: " + node.aliases.joined(separator: ", ")) }
        tooltip.append(Self.count(node.mentions, "mention"))
        return [("shape", shape.shape), ("fillcolor", shape.fill),
                ("tooltip", tooltip.filter { !$0.isEmpty }.joined(separator: "\n"))]
    }

    func edgeAttributes(for edge: RelationEdge, sourceLabel: String, targetLabel: String) -> [StyleAttribute] {
        let stroke = Self.stroke(for: edge.relation)
        var attributes: [StyleAttribute] = [
            ("color", stroke.color + Self.opacity),
            ("style", stroke.line),
            ("penwidth", String(format: "%.2f", Self.penWidth(edge.weight))),
            ("tooltip", Self.tooltip(edge, sourceLabel, targetLabel)),
        ]
        if !stroke.directed { attributes.append(("dir", "none")) }
        if edge.weight > 1 {
            attributes += [("label", DataSchema.format(edge.weight)), ("fontcolor", stroke.color)]
        }
        return attributes
    }

    var legend: String? {
        let swatches = { (line: String) in
            line == "solid" ? "━━━" : line == "dashed" ? "╍╍╍" : "┉┉┉"
        }
        var rows = [#"<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>"#]
        for (relation, stroke) in Self.strokes + [("other relation", Self.unknownStroke)] {
            let arrow = stroke.directed ? "▸" : ""
            rows.append(#"<TR><TD><FONT COLOR="\#(stroke.color)">\#(swatches(stroke.line))\#(arrow)</FONT></TD>"#
                        + #"<TD ALIGN="LEFT">\#(relation)</TD></TR>"#)
        }
        for shape in Self.shapes + [Self.otherShape] {
            rows.append(#"<TR><TD>\#(shape.shape)</TD><TD ALIGN="LEFT">\#(shape.kinds.joined(separator: ", "))</TD></TR>"#)
        }
        return ##"<TABLE BORDER="1" COLOR="#BBBBBB" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" BGCOLOR="#FFFFFF">"##
            + rows.joined() + "</TABLE>"
    }

    static func stroke(for relation: String) -> Stroke {
        strokes.first { $0.relation == relation }?.stroke ?? unknownStroke
    }

    static func shape(for kind: String) -> Shape {
        shapes.first { $0.kinds.contains(kind) } ?? otherShape
    }

    /// 1 for a single piece of evidence, + 1.5 per doubling, at most `maximumPenWidth`.
    static func penWidth(_ weight: Double) -> Double {
        min(1 + 1.5 * log2(max(weight, 1)), maximumPenWidth)
    }

    /// `Wang Yi met Sergei Lavrov`, then weight, documents and dates, then the evidence sentence.
    private static func tooltip(_ edge: RelationEdge, _ source: String, _ target: String) -> String {
        var facts = ["weight \(DataSchema.format(edge.weight))", count(edge.documents, "document")]
        switch (edge.firstDate, edge.lastDate) {
        case ("", ""): break
        case let (first, last) where first == last || last.isEmpty: facts.append(first)
        case let (first, last): facts.append("\(first) – \(last)")
        }
        let lines = ["\(source) \(edge.relation) \(target)", facts.joined(separator: " · "), edge.evidence]
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
