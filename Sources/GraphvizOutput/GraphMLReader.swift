import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GraphML with `XMLParser`, matching keys by `attr.name` (so graphs from networkx or
/// Gephi read too). Keys may be declared `for="all"`; a key's `<default>` fills missing data;
/// data with undeclared keys is ignored. An actor's key is its `actor` value, else its node id.
final class GraphMLReader: NSObject, XMLParserDelegate {
    private struct Key {
        var domain: String
        var name: String
        var defaultValue: String?
    }

    private struct PendingEdge {
        var line: Int
        var source: String
        var target: String
        var values: [String: String]
    }

    private let name: String
    private var keys: [String: Key] = [:]
    private var keyBeingDeclared: String?
    private var nodeKeys: [String: String] = [:]
    private var nodes: [ActorNode] = []
    private var edges: [PendingEdge] = []
    private var element: (domain: String, id: String, source: String, target: String, line: Int)?
    private var values: [String: String] = [:]
    private var dataKey: String?
    private var text = ""
    private var collectingText = false
    private var sawGraph = false
    private var error: GraphReadError?

    private init(name: String) {
        self.name = name
    }

    static func read(_ bytes: [UInt8], name: String) throws -> RelationGraph {
        let reader = GraphMLReader(name: name)
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        // On Linux `parse()` can return true and still record an error (e.g. an unclosed element).
        let parsed = parser.parse()
        if let error = reader.error { throw error }
        if !parsed || parser.parserError != nil {
            let code = parser.parserError.map { " (XMLParser error \(($0 as NSError).code))" } ?? ""
            throw GraphReadError(source: name, line: parser.lineNumber, message: "malformed XML" + code)
        }
        guard reader.sawGraph else { throw GraphReadError(source: name, message: "no <graph> element; not GraphML") }
        return try reader.graph()
    }

    private func graph() throws -> RelationGraph {
        let relations = try edges.map { edge in
            guard let source = nodeKeys[edge.source] else { throw unknownNode(edge.source, edge.line) }
            guard let target = nodeKeys[edge.target] else { throw unknownNode(edge.target, edge.line) }
            return DataSchema.edge(source: source, target: target, values: edge.values, fallbackRelation: nil)
        }
        return RelationGraph(nodes: nodes, edges: relations)
    }

    private func unknownNode(_ id: String, _ line: Int) -> GraphReadError {
        GraphReadError(source: name, line: line, message: "edge refers to unknown node '\(id)'")
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        guard error == nil else { return }
        error = GraphReadError(source: name, line: parser.lineNumber, message: message)
        parser.abortParsing()
    }

    /// Defaults of the keys declared for `domain`, by attribute name.
    private func defaults(for domain: String) -> [String: String] {
        var result: [String: String] = [:]
        for key in keys.values where key.domain == domain || key.domain == "all" {
            if let value = key.defaultValue { result[key.name] = value }
        }
        return result
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "key":
            guard let id = attributes["id"], let attrName = attributes["attr.name"] else {
                return fail(parser, "<key> needs 'id' and 'attr.name'")
            }
            keys[id] = Key(domain: attributes["for"] ?? "all", name: attrName)
            keyBeingDeclared = id
        case "default":
            text = ""
            collectingText = true
        case "graph":
            sawGraph = true
        case "node", "edge":
            guard let id = attributes["id"] ?? (elementName == "edge" ? "" : nil) else {
                return fail(parser, "<node> without 'id'")
            }
            let source = attributes["source"] ?? "", target = attributes["target"] ?? ""
            if elementName == "edge", source.isEmpty || target.isEmpty {
                return fail(parser, "<edge> needs 'source' and 'target'")
            }
            element = (elementName, id, source, target, parser.lineNumber)
            values = defaults(for: elementName)
        case "data":
            dataKey = attributes["key"]
            text = ""
            collectingText = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collectingText { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if collectingText { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        collectingText = false
        switch elementName {
        case "key":
            keyBeingDeclared = nil
        case "default":
            if let id = keyBeingDeclared { keys[id]?.defaultValue = text }
        case "data":
            // Undeclared keys, keys for other elements and graph-level data are ignored.
            if let element, let id = dataKey, let key = keys[id],
               key.domain == element.domain || key.domain == "all" {
                values[key.name] = text
            }
            dataKey = nil
        case "node":
            guard let element else { return }
            guard nodeKeys[element.id] == nil else {
                return fail(parser, "duplicate node id '\(element.id)'")
            }
            let key = values["actor"].flatMap { $0.isEmpty ? nil : $0 } ?? element.id
            nodeKeys[element.id] = key
            nodes.append(DataSchema.node(key: key, values: values))
            self.element = nil
        case "edge":
            guard let element else { return }
            edges.append(PendingEdge(line: element.line, source: element.source,
                                     target: element.target, values: values))
            self.element = nil
        default:
            break
        }
    }
}
