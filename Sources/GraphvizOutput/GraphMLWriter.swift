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
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (id, field) in zip(nodeKeys, nodeFields) { out += key(id, "node", field) }
        for (id, field) in zip(edgeKeys, edgeFields) { out += key(id, "edge", field) }
        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"

        let nodes = cgraph.nodes
        var nodeIDs: [String: String] = [:]
        for (index, node) in nodes.enumerated() {
            nodeIDs[cgraph.name(of: node)] = "n\(index)"
            out += "    <node id=\"n\(index)\">\n"
            for (id, field) in zip(nodeKeys, nodeFields) {
                out += data(id, cgraph.value(field.name, of: node))
            }
            out += "    </node>\n"
        }
        var edgeIndex = 0
        for node in nodes {
            for edge in cgraph.outEdges(of: node) {
                let source = nodeIDs[cgraph.name(of: cgraph.tail(of: edge))] ?? ""
                let target = nodeIDs[cgraph.name(of: cgraph.head(of: edge))] ?? ""
                out += "    <edge id=\"e\(edgeIndex)\" source=\"\(source)\" target=\"\(target)\">\n"
                for (id, field) in zip(edgeKeys, edgeFields) {
                    out += data(id, cgraph.value(field.name, of: edge))
                }
                out += "    </edge>\n"
                edgeIndex += 1
            }
        }
        out += "  </graph>\n</graphml>\n"
        return Array(out.utf8)
    }

    private static func key(_ id: String, _ domain: String, _ field: DataField) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(field.name)\" attr.type=\"\(field.type.rawValue)\"/>\n"
    }

    private static func data(_ key: String, _ value: String?) -> String {
        guard let value, !value.isEmpty else { return "" }
        return "      <data key=\"\(key)\">\(escape(value))</data>\n"
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
