internal import CGraphviz
import Foundation

/// The objects an attribute is declared for.
enum GraphObjectKind: Hashable {
    case graph, node, edge

    fileprivate var cValue: Int32 {
        switch self {
        case .graph: return Int32(AGRAPH)
        case .node: return Int32(AGNODE)
        case .edge: return Int32(AGEDGE)
        }
    }
}

/// A node of a `CGraph`; valid while that graph is open.
struct CNode {
    fileprivate let pointer: UnsafeMutablePointer<Agnode_t>
}

/// An edge of a `CGraph`; valid while that graph is open.
struct CEdge {
    fileprivate let pointer: UnsafeMutablePointer<Agedge_t>
}

/// One cgraph graph, and the only owner of Graphviz pointers in this module.
///
/// Use only inside `Graphviz.locked`; the graph is closed (`agclose`) when the object goes away,
/// which the lock's scope guarantees happens under the lock.
///
/// Strings cross this boundary raw: Graphviz reads `\` in labels and tooltips as an escape and
/// `agwrite` does not escape it, so every name and value is stored with `\` doubled and read
/// back with `\\` undoubled. That keeps `\N` literal in labels and lets any text round-trip
/// through `agwrite` and `agmemread`, a trailing backslash included. (One Graphviz quirk remains:
/// a value that is exactly one newline reads back empty.)
final class CGraph {
    private let graph: UnsafeMutablePointer<Agraph_t>
    /// Whether `init(directedNamed:)` opened it, with the shim's I/O discipline (not parsed); such a
    /// graph is written through the shim.
    private let isOpenedHere: Bool
    private var attributes: [GraphObjectKind: [String: Attribute]] = [:]

    /// A handle on a declared attribute of nodes, edges or the graph: no lookup by name to use it.
    struct Attribute {
        fileprivate let symbol: UnsafeMutablePointer<Agsym_t>
    }

    /// Opens an empty directed, non-strict graph.
    init(directedNamed name: String) throws {
        guard let g = cg_open_directed(Self.escape(name)) else {
            throw GraphvizError(message: Graphviz.lastError() ?? "Graphviz could not create a graph")
        }
        graph = g
        isOpenedHere = true
    }

    /// Parses the first graph in DOT text with `agmemread`.
    init(parsing dot: String) throws {
        cg_restart_line_count()  // the lexer's line count otherwise runs on from the previous parse
        let parsed = agmemread(dot)
        let message = parsed == nil ? Graphviz.lastError() : nil
        Self.discardUnreadInput()
        guard let parsed else {
            throw GraphvizError(message: message ?? "Graphviz could not read the graph")
        }
        graph = parsed
        isOpenedHere = false
    }

    /// Empties the DOT lexer's buffer. `agmemread` feeds it a line at a time and stops after the
    /// graph's `}`, so the rest of that line stays buffered and would be read as the start of the
    /// next input (observed in 2.42: after `digraph {a} digraph {c}`, reading `digraph {x}` gave `c`).
    /// Parsing empty input consumes what is left; the errors that may raise are then cleared.
    private static func discardUnreadInput() {
        while let leftover = agmemread("") { agclose(leftover) }
        agreseterrors()
    }

    deinit {
        agclose(graph)
    }

    // MARK: Building

    /// Declares an attribute with a default; `nil` when Graphviz refuses it.
    @discardableResult
    func declare(_ name: String, for kind: GraphObjectKind, default value: String = "") -> Attribute? {
        let attribute = cg_attr(graph, kind.cValue, name, Self.escape(value)).map(Attribute.init)
        attributes[kind, default: [:]][name] = attribute
        return attribute
    }

    func addNode(named name: String) -> CNode {
        Self.withEscaped(name) { CNode(pointer: cg_node(graph, $0)) }
    }

    /// Adds the edge `tail → head` with this key; one edge per key, so parallel edges need distinct keys.
    func addEdge(from tail: CNode, to head: CNode, key: String) -> CEdge {
        Self.withEscaped(key) { CEdge(pointer: cg_edge(graph, tail.pointer, head.pointer, $0)) }
    }

    func set(_ attribute: Attribute, _ value: String, on node: CNode) {
        set(attribute, value, on: UnsafeMutableRawPointer(node.pointer))
    }

    func set(_ attribute: Attribute, _ value: String, on edge: CEdge) {
        set(attribute, value, on: UnsafeMutableRawPointer(edge.pointer))
    }

    private func set(_ attribute: Attribute, _ value: String, on object: UnsafeMutableRawPointer) {
        Self.withEscaped(value) { _ = cg_set(object, attribute.symbol, $0) }
    }

    func set(_ name: String, _ value: String, on node: CNode) {
        guard let attribute = declared(name, .node) else { return }
        set(attribute, value, on: node)
    }

    func set(_ name: String, _ value: String, on edge: CEdge) {
        guard let attribute = declared(name, .edge) else { return }
        set(attribute, value, on: edge)
    }

    func setGraph(_ name: String, _ value: String) {
        guard let attribute = declared(name, .graph) else { return }
        set(attribute, value, on: UnsafeMutableRawPointer(graph))
    }

    /// Sets an HTML-like label (`<TABLE>…`), which Graphviz takes verbatim.
    func setHTMLLabel(_ html: String, on node: CNode) {
        guard let attribute = declared("label", .node) else { return }
        cg_set_html(node.pointer, attribute.symbol, html)
    }

    /// The declared attribute, declaring it (default empty) when the builder did not.
    private func declared(_ name: String, _ kind: GraphObjectKind) -> Attribute? {
        attributes[kind]?[name] ?? declare(name, for: kind)
    }

    // MARK: Walking

    /// Nodes in creation order (for a parsed graph, file order).
    var nodes: [CNode] {
        var result: [CNode] = []
        var next = agfstnode(graph)
        while let node = next {
            result.append(CNode(pointer: node))
            next = agnxtnode(graph, node)
        }
        return result
    }

    /// The edges leaving `node`, in creation order.
    func outEdges(of node: CNode) -> [CEdge] {
        var result: [CEdge] = []
        var next = agfstout(graph, node.pointer)
        while let edge = next {
            result.append(CEdge(pointer: edge))
            next = agnxtout(graph, edge)
        }
        return result
    }

    func name(of node: CNode) -> String {
        Self.unescape(agnameof(node.pointer).map { String(cString: $0) } ?? "")
    }

    /// The edge's key (`key=` in DOT), when it has one.
    func key(of edge: CEdge) -> String? {
        agnameof(edge.pointer).map { Self.unescape(String(cString: $0)) }
    }

    func tail(of edge: CEdge) -> CNode { CNode(pointer: cg_tail(edge.pointer)) }
    func head(of edge: CEdge) -> CNode { CNode(pointer: cg_head(edge.pointer)) }

    /// The attribute's value, or `nil` when the graph does not declare it.
    func value(_ name: String, of node: CNode) -> String? {
        cg_get(node.pointer, name).map { Self.unescape(String(cString: $0)) }
    }

    /// The node's own label, or `nil` when it shows its name: Graphviz's `\N`, not an escaped `\\N`.
    func label(of node: CNode) -> String? {
        guard let raw = cg_get(node.pointer, "label").map({ String(cString: $0) }), raw != "\\N" else { return nil }
        return Self.unescape(raw)
    }

    func value(_ name: String, of edge: CEdge) -> String? {
        cg_get(edge.pointer, name).map { Self.unescape(String(cString: $0)) }
    }

    /// The attribute `name` of nodes or edges, or `nil` when the graph does not declare it.
    /// (Looked up in the graph, so it also finds attributes of a parsed graph.)
    func attribute(_ name: String, for kind: GraphObjectKind) -> Attribute? {
        cg_attr_lookup(graph, kind.cValue, name).map(Attribute.init)
    }

    /// Calls `body` with the attribute's value on a node as UTF-8 bytes (backslashes undone),
    /// valid only during the call: Graphviz's own string unless it holds a backslash.
    func withBytes<Result>(of attribute: Attribute, on node: CNode,
                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withUnescapedBytes(cg_xget(node.pointer, attribute.symbol), body)
    }

    /// Calls `body` with the attribute's value on an edge as UTF-8 bytes (backslashes undone),
    /// valid only during the call: Graphviz's own string unless it holds a backslash.
    func withBytes<Result>(of attribute: Attribute, on edge: CEdge,
                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withUnescapedBytes(cg_xget(edge.pointer, attribute.symbol), body)
    }

    /// The node's sequence number: distinct per node, increasing in creation (and walking) order.
    func sequence(of node: CNode) -> Int { Int(cg_seq(node.pointer)) }

    // MARK: Output

    /// The graph as DOT, written by `agwrite` into memory; only for graphs made by
    /// `init(directedNamed:)`, whose I/O discipline writes there.
    func dot() throws -> [UInt8] {
        guard isOpenedHere else { throw GraphvizError(message: "DOT is written only for graphs built here") }
        var buffer = cg_buffer()
        defer { free(buffer.data) }
        guard cg_write(graph, &buffer) == 0 else {
            throw GraphvizError(message: Graphviz.lastError() ?? "Graphviz could not write DOT")
        }
        return buffer.data.map { [UInt8](UnsafeRawBufferPointer(start: $0, count: buffer.length)) } ?? []
    }

    /// Lays the graph out with `engine` and renders it in a Graphviz output format such as `svg`.
    func render(_ format: String, engine: String, context: inout LayoutContext) throws -> [UInt8] {
        let gvc = try context.gvc()
        guard gvLayout(gvc, graph, engine) == 0 else {
            gvFreeLayout(gvc, graph)
            throw GraphvizError.layoutFailure(Graphviz.lastError() ?? "layout \"\(engine)\" failed")
        }
        defer { gvFreeLayout(gvc, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = cg_render_data(gvc, graph, format, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else {
            throw GraphvizError(message: Graphviz.lastError() ?? "Graphviz could not render \(format)")
        }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: length))
    }

    // MARK: Escaping

    /// Calls `body` with `escape(text)` as a C string. (`withCString` uses a native string's own
    /// bytes; passing a `String` as a C pointer argument copies it into a new array every time.)
    private static func withEscaped<Result>(_ text: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        escape(text).withCString(body)
    }

    /// Doubles every backslash (scalar-wise, so a backslash before a combining mark counts too).
    private static func escape(_ text: String) -> String {
        guard hasBackslash(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\\" { result.append(scalar) }
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether the text holds a backslash; `memchr` on the UTF-8 of native strings.
    private static func hasBackslash(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.baseAddress.map { memchr($0, 0x5C, utf8.count) != nil } ?? false
        } ?? text.utf8.contains(0x5C)
    }

    /// `unescape` on a C string, as bytes: a backslash pair becomes one backslash.
    private static func withUnescapedBytes<Result>(_ value: UnsafePointer<CChar>?,
                                                   _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let value else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self),
                                        count: strlen(value))
        guard memchr(value, 0x5C, bytes.count) != nil else { return body(bytes) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            result.append(bytes[i])
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\") { i += 1 }
            i += 1
        }
        return result.withUnsafeBufferPointer(body)
    }

    /// Undoes `escape`; a lone backslash (from DOT we did not write, e.g. `\n`) stays as it is.
    private static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            result.append(scalar)
            guard scalar == "\\", let next = scalars.next() else { continue }
            if next != "\\" { result.append(next) }
        }
        return String(result)
    }
}
