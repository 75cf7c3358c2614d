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
        var header = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (id, field) in zip(nodeKeys, nodeFields) { header += key(id, "node", field) }
        for (id, field) in zip(edgeKeys, edgeFields) { header += key(id, "edge", field) }
        header += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        var out = Array(header.utf8)

        // Attribute handles and the opening of each <data>, looked up once, not per element.
        let nodeData = zip(nodeKeys, nodeFields).compactMap { id, field in
            cgraph.attribute(field.name, for: .node).map { (Array("      <data key=\"\(id)\">".utf8), $0) }
        }
        let edgeData = zip(edgeKeys, edgeFields).compactMap { id, field in
            cgraph.attribute(field.name, for: .edge).map { (Array("      <data key=\"\(id)\">".utf8), $0) }
        }
        let nodes = cgraph.nodes
        var nodeIDs: [UnsafeMutableRawPointer: String] = [:]
        nodeIDs.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            nodeIDs[cgraph.identity(of: node)] = "n\(index)"
            out += "    <node id=\"n\(index)\">\n".utf8
            for (open, attribute) in nodeData { appendData(open, cgraph.bytes(attribute, of: node), to: &out) }
            out += "    </node>\n".utf8
        }
        var edgeIndex = 0
        for node in nodes {
            for edge in cgraph.outEdges(of: node) {
                let source = nodeIDs[cgraph.identity(of: cgraph.tail(of: edge))] ?? ""
                let target = nodeIDs[cgraph.identity(of: cgraph.head(of: edge))] ?? ""
                out += "    <edge id=\"e\(edgeIndex)\" source=\"\(source)\" target=\"\(target)\">\n".utf8
                for (open, attribute) in edgeData { appendData(open, cgraph.bytes(attribute, of: edge), to: &out) }
                out += "    </edge>\n".utf8
                edgeIndex += 1
            }
        }
        out += "  </graph>\n</graphml>\n".utf8
        return out
    }

    private static func key(_ id: String, _ domain: String, _ field: DataField) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(field.name)\" attr.type=\"\(field.type.rawValue)\"/>\n"
    }

    private static let closeData = Array("</data>\n".utf8)

    /// `<data key="…">value</data>`; empty values are left out.
    private static func appendData(_ open: [UInt8], _ value: ArraySlice<UInt8>, to out: inout [UInt8]) {
        guard !value.isEmpty else { return }
        out += open
        appendEscaped(value, to: &out)
        out += closeData
    }

    /// XML-escapes UTF-8 text (see the type's documentation).
    static func appendEscaped(_ text: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var i = text.startIndex
        while i < text.endIndex {
            let byte = text[i]
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&apos;".utf8
            case UInt8(ascii: "\n"): out += "&#10;".utf8
            case UInt8(ascii: "\r"): out += "&#13;".utf8
            case UInt8(ascii: "\t"): out += "&#9;".utf8
            case 0..<0x20: out += Self.replacement
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not allowed in XML 1.0 either.
            case 0xEF where i + 2 < text.endIndex && text[i + 1] == 0xBF && (text[i + 2] == 0xBE || text[i + 2] == 0xBF):
                out += Self.replacement
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
    }

    private static let replacement = Array("\u{FFFD}".utf8)
}
