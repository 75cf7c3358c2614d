/// A small seeded random number generator (SplitMix64, Steele et al. 2014): training shuffles
/// and explores with it so that the same seed gives the same model bytes on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Shuffles `items` (Fisher–Yates with our own index draws: the standard library's may change
    /// between releases, and the model bytes with them).
    public mutating func shuffle(_ items: inout [Int]) {
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, Int(next() % UInt64(i + 1)))
        }
    }

    /// A number in `0 ..< 1` from the top 53 bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
