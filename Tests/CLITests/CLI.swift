import Foundation
import TestSupport

/// Runs the built `actorgraph` binary.
enum CLI {
    static func run(_ arguments: [String], input: String = "", in folder: URL? = nil,
                    environment: [String: String] = [:]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(Fixtures.executable.path, arguments, input: Array(input.utf8), currentDirectory: folder,
                              environment: environment)
    }

    static var examples: URL { Fixtures.packageRoot.appendingPathComponent("examples") }
    static var graphs: URL { Fixtures.packageRoot.appendingPathComponent("graphs") }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// What an SVG draws, without how: its `<title>`s in order (SVG bytes depend on Graphviz and fonts).
    static func svgTitles(_ url: URL) throws -> [String] {
        let svg = String(decoding: try bytes(url), as: UTF8.self)
        return svg.components(separatedBy: "<title>").dropFirst().map { $0.components(separatedBy: "</title>")[0] }
    }

    /// A folder holding the given files.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try Fixtures.temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let article = """
        Leaders meet in Oslo
        March 3, 2022

        Norwegian Prime Minister Jonas Gahr Store met Finnish President Sauli Niinisto in Oslo on Tuesday.
        Store warned Russia against any attack on its neighbours.
        """
}
