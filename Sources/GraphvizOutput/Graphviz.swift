internal import CGraphviz
import Foundation
import Synchronization

/// The process-wide gate to Graphviz: libcgraph and libgvc are not thread-safe and keep their
/// error state in globals, so every call into them runs inside `locked`.
enum Graphviz {
    private static let lock = Mutex(LayoutContext())

    /// Runs `body` holding the Graphviz lock, with Graphviz kept off stderr and its error state
    /// reset before and, when `body` throws, after (otherwise every later parse fails too).
    ///
    /// Graphviz objects (`CGraph`) are not `Sendable`, so they cannot escape `body`.
    static func locked<Result: Sendable>(_ body: (inout LayoutContext) throws -> Result) throws -> Result {
        try lock.withLock { context throws -> Result in
            cg_silence()
            agreseterrors()
            do {
                return try body(&context)
            } catch {
                agreseterrors()
                throw error
            }
        }
    }

    /// The last message Graphviz recorded since the last reset, on one line; `nil` when it
    /// reported nothing at error level. Call only inside `locked`.
    static func lastError() -> String? {
        guard agerrors() > 0, let raw = aglasterr() else { return nil }
        defer { free(raw) }
        let text = String(cString: raw)
            .split(whereSeparator: \.isNewline)
            .joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}

/// The one libgvc context (`GVC_t`), made on first layout and kept for the life of the process.
///
/// It is deliberately never freed: Graphviz 2.42's pango plugin caches a pointer to a font name
/// that the context owns, so freeing a context and laying out with a new one reads freed memory
/// (AddressSanitizer caught it in `textspan_size`). One context is also what the `dot` program
/// uses, and it saves reloading the plugin configuration on every render.
struct LayoutContext {
    fileprivate var pointer: OpaquePointer?

    /// The context; call only inside `Graphviz.locked`.
    mutating func gvc() throws -> OpaquePointer {
        if let pointer { return pointer }
        guard let made = gvContext() else {
            throw GraphvizError(message: Graphviz.lastError() ?? "Graphviz could not create a context")
        }
        pointer = made
        return made
    }
}
