/// Writes GraphML by walking a cgraph graph built by `GraphBuilder`: data attributes only (no
/// styling), keys and elements in a fixed order, so the same graph always gives the same bytes.
///
/// Follows what networkx, igraph, Gephi and yEd all read: every `<key>` before `<graph>`, with
/// an explicit `for` and a standard `attr.type`; node ids `n0, n1, …` in node order; edge ids
/// `e0, e1, …`; parallel edges kept. Empty values are left out (readers take them as missing).
///
/// Text is escaped for XML: `& < > " '` as entities; newline, carriage return and tab as
/// character references (`&#10;`, `&#13;`, `&#9;`) so parsers keep them. Other control
/// characters (and U+FFFE, U+FFFF) cannot appear in XML 1.0 even escaped: each becomes U+FFFD,
/// so only text containing them does not read back exactly.
enum GraphMLWriter {
    /// Writes the values of `nodeFields` and `edgeFields`; use only inside `Graphviz.locked`.
    static func write(_ cgraph: CGraph, nodeFields: [DataField], edgeFields: [DataField]) -> [UInt8] {
        let nodeKeys = nodeFields.indices.map { "d\($0)" }
        let edgeKeys = edgeFields.indices.map { "d\($0 + nodeFields.count)" }
        var out = ByteBuffer()
        out.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """ as StaticString)
        for (id, field) in zip(nodeKeys, nodeFields) { out.append(key(id, "node", field)) }
        for (id, field) in zip(edgeKeys, edgeFields) { out.append(key(id, "edge", field)) }
        out.append("  <graph id=\"G\" edgedefault=\"directed\">\n")

        // Attribute handles and the opening of each <data>, looked up once, not per element.
        let nodeData = zip(nodeKeys, nodeFields).compactMap { id, field in
            cgraph.attribute(field.name, for: .node).map { (Array("      <data key=\"\(id)\">".utf8), $0) }
        }
        let edgeData = zip(edgeKeys, edgeFields).compactMap { id, field in
            cgraph.attribute(field.name, for: .edge).map { (Array("      <data key=\"\(id)\">".utf8), $0) }
        }
        let nodes = cgraph.nodes
        // Each node's id number, by its sequence number in the graph.
        var ids = [Int](repeating: 0, count: (nodes.map(cgraph.sequence(of:)).max() ?? 0) + 1)
        for (index, node) in nodes.enumerated() {
            ids[cgraph.sequence(of: node)] = index
            out.append(#"    <node id="n"# as StaticString)
            out.appendDecimal(index)
            out.append("\">\n" as StaticString)
            for (open, attribute) in nodeData {
                cgraph.withBytes(of: attribute, on: node) { appendData(open, $0, to: &out) }
            }
            out.append("    </node>\n" as StaticString)
        }
        var edgeIndex = 0
        for node in nodes {
            for edge in cgraph.outEdges(of: node) {
                out.append(#"    <edge id="e"# as StaticString)
                out.appendDecimal(edgeIndex)
                out.append(#"" source="n"# as StaticString)
                out.appendDecimal(ids[cgraph.sequence(of: cgraph.tail(of: edge))])
                out.append(#"" target="n"# as StaticString)
                out.appendDecimal(ids[cgraph.sequence(of: cgraph.head(of: edge))])
                out.append("\">\n" as StaticString)
                for (open, attribute) in edgeData {
                    cgraph.withBytes(of: attribute, on: edge) { appendData(open, $0, to: &out) }
                }
                out.append("    </edge>\n" as StaticString)
                edgeIndex += 1
            }
        }
        out.append("  </graph>\n</graphml>\n" as StaticString)
        return out.array()
    }

    private static func key(_ id: String, _ domain: String, _ field: DataField) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(field.name)\" attr.type=\"\(field.type.rawValue)\"/>\n"
    }

    /// `<data key="…">value</data>`; empty values are left out.
    private static func appendData(_ open: [UInt8], _ value: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        guard !value.isEmpty else { return }
        out.append(open)
        appendEscaped(value, to: &out)
        out.append("</data>\n" as StaticString)
    }

    /// XML-escapes UTF-8 text (see the type's documentation), copying runs of plain bytes whole.
    private static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        var plain = 0  // where the bytes not yet copied start
        var i = 0
        while i < text.count {
            guard mayBeReplaced(text[i]), let (replacement, length) = replacement(at: i, in: text) else {
                i += 1
                continue
            }
            out.append(UnsafeBufferPointer(rebasing: text[plain..<i]))
            out.append(replacement)
            i += length
            plain = i
        }
        out.append(UnsafeBufferPointer(rebasing: text[plain...]))
    }

    /// Whether `replacement` may replace the byte: the escaped ASCII, control characters, and EF
    /// (which starts U+FFFE and U+FFFF); one bit test for the rest of ASCII.
    private static func mayBeReplaced(_ byte: UInt8) -> Bool {
        byte < 64 ? escapedBelow64 & (1 << byte) != 0 : byte == 0xEF
    }

    /// Bit `b` is set for each byte `b` below 64 that is escaped: control characters (0–31) and
    /// `"` (34), `&` (38), `'` (39), `<` (60), `>` (62). A literal, so reading it costs nothing.
    private static let escapedBelow64: UInt64 = 0x5000_00C4_FFFF_FFFF

    /// What the character at `i` is written as, and how many bytes it takes; `nil` when it stays.
    private static func replacement(at i: Int, in text: UnsafeBufferPointer<UInt8>) -> (StaticString, length: Int)? {
        switch text[i] {
        case UInt8(ascii: "&"): return ("&amp;", 1)
        case UInt8(ascii: "<"): return ("&lt;", 1)
        case UInt8(ascii: ">"): return ("&gt;", 1)
        case UInt8(ascii: "\""): return ("&quot;", 1)
        case UInt8(ascii: "'"): return ("&apos;", 1)
        case UInt8(ascii: "\n"): return ("&#10;", 1)
        case UInt8(ascii: "\r"): return ("&#13;", 1)
        case UInt8(ascii: "\t"): return ("&#9;", 1)
        case 0..<0x20: return ("\u{FFFD}", 1)
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not allowed in XML 1.0 either.
        case 0xEF where i + 2 < text.count && text[i + 1] == 0xBF && (text[i + 2] == 0xBE || text[i + 2] == 0xBF):
            return ("\u{FFFD}", 3)
        default: return nil
        }
    }
}
