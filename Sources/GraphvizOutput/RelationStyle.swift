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
        return [("shape", shape.shape), ("fillcolor", shape.fill), ("tooltip", Self.tooltip(node))]
    }

    func edgeAttributes(for edge: RelationEdge, sourceLabel: String, targetLabel: String) -> [StyleAttribute] {
        let stroke = Self.stroke(for: edge.relation)
        var attributes: [StyleAttribute] = [
            ("color", stroke.color + Self.opacity),
            ("style", stroke.line),
            ("penwidth", Self.penWidthText(edge.weight)),
            ("tooltip", Self.tooltip(edge, sourceLabel, targetLabel)),
        ]
        if !stroke.directed { attributes.append(("dir", "none")) }
        if edge.weight > 1 {
            attributes += [("label", edge.weightText), ("fontcolor", stroke.color)]
        }
        return attributes
    }

    var legend: String? {
        let rows = (Self.strokes + [("other relation", Self.unknownStroke)]).map { relation, stroke in
            Self.lineLegendRow(color: stroke.color, line: stroke.line, arrow: stroke.directed, text: relation)
        }
        return Self.legendTable(rows + Self.shapeLegendRows)
    }

    /// A legend row: a line sample in `color`, drawn `line` (`solid`, `dashed`, `bold`, else
    /// dotted), with an arrowhead when `arrow`, then `text`.
    static func lineLegendRow(color: String, line: String, arrow: Bool, text: String) -> String {
        let sample = ["solid": "━━━", "bold": "━━━", "dashed": "╍╍╍"][line] ?? "┉┉┉"
        let bold = line == "bold" ? ("<B>", "</B>") : ("", "")
        return #"<TR><TD><FONT COLOR="\#(color)">\#(bold.0)\#(sample)\#(arrow ? "▸" : "")\#(bold.1)</FONT></TD>"#
            + #"<TD ALIGN="LEFT">\#(text)</TD></TR>"#
    }

    /// One legend row per node shape: its name and the kinds drawn with it.
    static var shapeLegendRows: [String] {
        (shapes + [otherShape]).map { shape in
            #"<TR><TD>\#(shape.shape)</TD><TD ALIGN="LEFT">\#(shape.kinds.joined(separator: ", "))</TD></TR>"#
        }
    }

    /// The legend's frame around its rows, under the heading "Legend".
    static func legendTable(_ rows: [String]) -> String {
        ##"<TABLE BORDER="1" COLOR="#BBBBBB" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" BGCOLOR="#FFFFFF">"##
            + #"<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>"# + rows.joined() + "</TABLE>"
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

    /// `penWidth(weight)` as `%.2f`, made once for small whole weights (from 26 up the width is
    /// at its maximum), since `String(format:)` is slow.
    static func penWidthText(_ weight: Double) -> String {
        if let whole = Int(exactly: weight), penWidthTexts.indices.contains(whole) { return penWidthTexts[whole] }
        return String(format: "%.2f", penWidth(weight))
    }

    private static let penWidthTexts = (0..<32).map { String(format: "%.2f", penWidth(Double($0))) }

    /// The name, then kind, affiliation and country, other names and the mention count.
    static func tooltip(_ node: ActorNode) -> String {
        let facts = [node.kind, node.affiliation, node.country].filter { !$0.isEmpty }
        var lines = [node.label, facts.joined(separator: " · ")]
        if !node.aliases.isEmpty { lines.append("also: " + node.aliases.joined(separator: ", ")) }
        lines.append(count(node.mentions, "mention"))
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// `Wang Yi met Sergei Lavrov`, then weight, documents and dates, then the evidence sentence.
    static func tooltip(_ edge: RelationEdge, _ source: String, _ target: String) -> String {
        var tooltip = "\(source) \(edge.relation) \(target)\nweight \(edge.weightText) · \(count(edge.documents, "document"))"
        if let dates = edge.dateSpan { tooltip += " · \(dates)" }
        if !edge.evidence.isEmpty { tooltip += "\n\(edge.evidence)" }
        return tooltip
    }

    /// `1 mention`, `3 mentions`.
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
