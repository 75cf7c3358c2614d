/// 64-bit feature ids: a template number combined with up to three values (word hashes, tag ids,
/// distances). Never 0, which the model's tables keep for empty slots.
public enum FeatureHash {
    /// FNV-1a (64-bit) of the UTF-8 bytes of `text`: stable across runs and machines, unlike
    /// `Hasher`, so that trained models are reproducible.
    @inlinable
    public static func string(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// The feature for `template` with values `a`, `b`, `c` (SplitMix64 finaliser over each step).
    @inlinable
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = mix(template &* 0x9E37_79B9_7F4A_7C15 ^ a)
        h = mix(h ^ b &+ 0x632B_E59B_D9B4_E019)
        h = mix(h ^ c &+ 0x8CB9_2BA7_2F3D_8DD7)
        return h == 0 ? 1 : h
    }

    @usableFromInline @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
