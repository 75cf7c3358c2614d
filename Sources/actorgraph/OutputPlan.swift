import Foundation
import GraphvizOutput

/// Where the graphs go and in which formats, decided once from the options.
struct OutputPlan {
    enum Destination {
        case file(URL, OutputFormat)
        case standardOutput(OutputFormat)
        case folder(URL, [OutputFormat])
    }

    var destination: Destination
    /// The file name (without extension) in the folder, unless a graph is given its own.
    var name: String

    init(output: String?, outDir: String?, name: String, formats: [OutputFormat]) throws {
        self.name = name
        let unique = OutputFormat.allCases.filter(formats.contains)
        if let output {
            if unique.count > 1 { throw CLIError("-o writes one file: give at most one --format (or use --out-dir)") }
            if output == "-" {
                destination = .standardOutput(unique.first ?? .dot)
                return
            }
            let url = URL(fileURLWithPath: output)
            guard let format = unique.first ?? OutputFormat(fileExtension: url.pathExtension.lowercased()) else {
                throw CLIError("\(output): cannot tell the format from the extension; use .dot, .gv, .svg or .graphml, or --format")
            }
            destination = .file(url, format)
        } else {
            guard !name.isEmpty, !name.contains("/") else { throw CLIError("--name '\(name)' must be a plain file name") }
            destination = .folder(URL(fileURLWithPath: outDir ?? "."), unique.isEmpty ? OutputFormat.allCases : unique)
        }
    }

    /// Refuses a destination that is one of the input files.
    func refuseOverwriting(_ files: [URL]) throws {
        let targets: [URL]
        switch destination {
        case .file(let url, _): targets = [url]
        case .standardOutput: targets = []
        case .folder(let folder, let formats): targets = formats.map { folder.appendingPathComponent("\(name).\($0.fileExtension)") }
        }
        try Self.refuseOverwriting(files, with: targets)
    }

    /// Refuses to write any of `targets` when it is one of the input `files`.
    static func refuseOverwriting(_ files: [URL], with targets: [URL]) throws {
        let inputs = Set(files.map(\.standardizedFileURL.path))
        for target in targets where inputs.contains(target.standardizedFileURL.path) {
            throw CLIError("\(target.path): refusing to overwrite an input")
        }
    }

    /// Writes what `render` makes of `formats`, in the folder as `name` (the plan's unless given);
    /// returns the paths written.
    func write(name: String? = nil, _ render: (Set<OutputFormat>) throws -> [OutputFormat: [UInt8]]) throws -> [String] {
        switch destination {
        case .standardOutput(let format):
            OutputFile.writeStandardOutput(try render([format])[format] ?? [])
            return []
        case .file(let url, let format):
            try OutputFile.write(try render([format])[format] ?? [], to: url)
            return [url.path]
        case .folder(let folder, let formats):
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError("\(folder.path): cannot create the folder", status: .output)
            }
            let rendered = try render(Set(formats))
            return try formats.map { format in
                let url = folder.appendingPathComponent("\(name ?? self.name).\(format.fileExtension)")
                try OutputFile.write(rendered[format] ?? [], to: url)
                return url.path
            }
        }
    }
}
