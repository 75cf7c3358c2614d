import Foundation

/// The programs tests hand output to, found as a shell would find them rather than at one path.
public enum HelperProgram {
    /// A program that cannot be found.
    public struct NotFound: Error, CustomStringConvertible {
        public var description: String
    }

    /// Graphviz's `dot`, the first one on `PATH` (`/usr/bin` on Debian, `/opt/homebrew/bin` on a Mac).
    public static func dot() throws -> String { try onPath("dot") }

    /// A Python that has networkx: `ACTORGRAPH_PYTHON` when set (`make test` sets Debian's
    /// `/usr/bin/python3`, which reads networkx from the `python3-networkx` package), else the
    /// first `python3` on `PATH`.
    public static func python() throws -> String {
        if let python = ProcessInfo.processInfo.environment["ACTORGRAPH_PYTHON"], !python.isEmpty {
            return python.contains("/") ? python : try onPath(python)
        }
        return try onPath("python3")
    }

    /// The first executable file called `name` in a folder of `PATH`.
    static func onPath(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw NotFound(description: "'\(name)' is not on PATH (\(path))")
    }
}
