import Syntax

/// The training code's SplitMix64, so bounded fuzz tests repeat exactly, with byte mutations.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var random: SplitMix64

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    public mutating func next() -> UInt64 { random.next() }

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
