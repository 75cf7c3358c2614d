import Foundation

/// A progress line on stderr for long runs: documents done, MB read, MB/s and the time left.
/// Shown only when stderr is a terminal; redrawn at most four times a second.
struct Progress {
    private let enabled: Bool
    /// Bytes of all input files, when known, for the time left.
    private let totalBytes: Int
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool, totalBytes: Int) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        self.totalBytes = totalBytes
    }

    /// The input files' total size (standard input counts as unknown).
    static func totalBytes(of sources: [InputSource]) -> Int {
        sources.reduce(0) { sum, source in
            guard let path = source.url?.path,
                  let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber else { return sum }
            return sum + size.intValue
        }
    }

    mutating func update(documents: Int, bytes: Int) {
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = Date()
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(bytes) / seconds / 1_000_000
        var line = "actorgraph: \(documents) documents · \(Self.megabytes(bytes))"
        if totalBytes > 0 { line += " of \(Self.megabytes(totalBytes))" }
        line += String(format: " · %.1f MB/s", rate)
        if totalBytes > bytes, rate > 0 {
            line += String(format: " · %.0f s left", Double(totalBytes - bytes) / 1_000_000 / rate)
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the line before the final summary.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
