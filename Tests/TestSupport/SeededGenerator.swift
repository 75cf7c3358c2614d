/// A small deterministic random number generator (SplitMix64), so bounded fuzz tests repeat exactly.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `bytes` with a few random flips, insertions, deletions or a truncation.
    public mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0..<Int.random(in: 1...6, using: &self) {
            guard !out.isEmpty else { break }
            let at = Int.random(in: 0..<out.count, using: &self)
            switch Int.random(in: 0..<4, using: &self) {
            case 0: out[at] = UInt8.random(in: 0...255, using: &self)
            case 1: out.insert(UInt8.random(in: 0...255, using: &self), at: at)
            case 2: out.remove(at: at)
            default: out.removeSubrange(at...)
            }
        }
        return out
    }
}
