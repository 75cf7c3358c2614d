import Foundation

/// Paths shared by the test targets.
public enum Fixtures {
    /// The package root, found from this file's location.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `actorgraph` executable that `swift test` built next to the test bundle.
    public static let executable: URL = {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            .compactMap { $0?.deletingLastPathComponent() }
        for folder in candidates {
            for probe in [folder, folder.deletingLastPathComponent()] {
                let url = probe.appendingPathComponent("actorgraph")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return packageRoot.appendingPathComponent(".build/debug/actorgraph")
    }()

    /// A new empty folder under the temporary directory.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
