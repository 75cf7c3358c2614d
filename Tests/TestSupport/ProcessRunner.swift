import Foundation

/// Runs a helper program (`dot`, `python3`) with input from and output to temporary files,
/// so large outputs cannot fill a pipe and deadlock.
public enum ProcessRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: String

        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `executable`; `environment` adds to (or replaces some of) this process's variables.
    public static func run(_ executable: String, _ arguments: [String], input: [UInt8] = [],
                           currentDirectory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ActorGraphTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = ["in", "out", "err"].map { directory.appendingPathComponent($0) }
        try Data(input).write(to: files[0])
        for file in files.dropFirst() { try Data().write(to: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = try FileHandle(forReadingFrom: files[0])
        process.standardOutput = try FileHandle(forWritingTo: files[1])
        process.standardError = try FileHandle(forWritingTo: files[2])
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: [UInt8](try Data(contentsOf: files[1])),
                      stderr: String(decoding: try Data(contentsOf: files[2]), as: UTF8.self))
    }
}
