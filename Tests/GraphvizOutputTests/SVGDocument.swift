import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the tests look for in an SVG: whether it parses, its texts, and each edge's parts.
final class SVGDocument: NSObject, XMLParserDelegate {
    struct Edge {
        var title = ""
        var tooltip = ""
        var hasArrowhead = false
        /// The `class` words after `edge` (a diff's `added`, `removed`, …).
        var classes: [String] = []
    }

    private(set) var texts: [String] = []
    private(set) var tooltips: [String] = []
    private(set) var edges: [Edge] = []
    private var groupDepth: [Bool] = []
    private var characters = ""

    /// Parses `bytes`; `nil` when they are not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> SVGDocument? {
        let document = SVGDocument()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = document
        return parser.parse() ? document : nil
    }

    private var inEdge: Bool { groupDepth.contains(true) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        characters = ""
        if elementName == "g" {
            let classes = (attributes["class"] ?? "").split(separator: " ").map(String.init)
            let isEdge = classes.first == "edge"
            if isEdge { edges.append(Edge(classes: Array(classes.dropFirst()))) }
            groupDepth.append(isEdge)
        }
        if let tooltip = attributes["xlink:title"] {
            tooltips.append(tooltip)
            if inEdge { edges[edges.count - 1].tooltip = tooltip }
        }
        if elementName == "polygon", inEdge { edges[edges.count - 1].hasArrowhead = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        switch elementName {
        case "g": groupDepth.removeLast()
        case "text": texts.append(characters)
        case "title" where inEdge: edges[edges.count - 1].title = characters
        default: break
        }
        characters = ""
    }
}
