import Foundation

/// How long a bounded fuzz test runs: `iterations` rounds in the normal suite, or as many rounds
/// as fit in `ACTORGRAPH_FUZZ_SECONDS` seconds when that is set (`make fuzz`).
public enum FuzzBudget {
    /// Runs `body` with the round number; returns how many rounds ran.
    @discardableResult
    public static func run(iterations: Int, _ body: (Int) throws -> Void) rethrows -> Int {
        guard let text = ProcessInfo.processInfo.environment["ACTORGRAPH_FUZZ_SECONDS"], let seconds = Double(text) else {
            for round in 0..<iterations { try body(round) }
            return iterations
        }
        let deadline = Date().addingTimeInterval(seconds)
        var round = 0
        while Date() < deadline {
            try body(round)
            round += 1
        }
        print("fuzz: \(round) rounds in \(Int(seconds)) s")
        return round
    }
}
