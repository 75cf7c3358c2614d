/// What the tagger reads off one word on its own, as hashes: the form as written and lowercased,
/// its first and last bytes, its shape ("Xxx", "dd", "X.X.") and a few flags. Computed once per
/// word, then combined with the neighbours' traits into features.
struct WordTraits: Sendable {
    /// The form as written.
    var exact: UInt64
    /// The lowercased form.
    var lower: UInt64
    /// The first 1, 2, 3 bytes of the lowercased form.
    var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    /// The last 1, 2, 3, 4 bytes of the lowercased form.
    var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    /// Upper case → X, lower case → x, digit → d, other bytes as they are; runs cut at two.
    var shape: UInt64
    /// `Flag` bits.
    var flags: UInt64
    /// Hash of the tags the word was seen with in training (`AmbiguityClasses`); 0 when unseen.
    var ambiguity: UInt64 = 0

    enum Flag {
        static let digit: UInt64 = 1
        static let hyphen: UInt64 = 2
        static let upper: UInt64 = 4
        static let lower: UInt64 = 8
        static let initialUpper: UInt64 = 16
        static let noLetter: UInt64 = 32
        static let nonASCII: UInt64 = 64
    }

    /// The padding before the first word and after the last.
    static let start = WordTraits(padding: 1)
    static let end = WordTraits(padding: 2)

    private init(padding: UInt64) {
        let h = FeatureHash.feature(0xFFFF, padding)
        exact = h; lower = h
        prefix1 = h; prefix2 = h; prefix3 = h
        suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h
        shape = h; flags = padding << 8; ambiguity = h
    }

    init(_ form: String) {
        var form = form
        if let traits = form.utf8.withContiguousStorageIfAvailable({ WordTraits(bytes: $0, original: nil) }) {
            self = traits
        } else {
            form.makeContiguousUTF8()
            self = form.utf8.withContiguousStorageIfAvailable { WordTraits(bytes: $0, original: nil) }
                ?? WordTraits(bytes: UnsafeBufferPointer(start: nil, count: 0), original: nil)
        }
        if flags & Flag.nonASCII != 0 {
            // Non-ASCII letters: lowercase with the standard library, keep the exact form's hash.
            var lowered = form.lowercased()
            lowered.makeContiguousUTF8()
            let original = self
            if let traits = lowered.utf8.withContiguousStorageIfAvailable({ WordTraits(bytes: $0, original: original) }) {
                self = traits
                self.exact = original.exact
            }
        }
    }

    /// Traits of UTF-8 `bytes`; ASCII letters are lowercased here. With `original`, the shape and
    /// flags are taken from it (the bytes are then an already lowercased form).
    private init(bytes: UnsafeBufferPointer<UInt8>, original: WordTraits?) {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x100_0000_01b3
        var exact = basis, lower = basis, shape = basis
        var flags: UInt64 = 0
        var lastShape: UInt8 = 0, run = 0
        for byte in bytes {
            exact = (exact ^ UInt64(byte)) &* prime
            var lowered = byte
            let shapeByte: UInt8
            switch byte {
            case 65...90:
                lowered = byte + 32
                shapeByte = 88  // X
                flags |= Flag.upper
            case 97...122:
                shapeByte = 120  // x
                flags |= Flag.lower
            case 48...57:
                shapeByte = 100  // d
                flags |= Flag.digit
            case 45:
                shapeByte = byte
                flags |= Flag.hyphen
            case 128...:
                shapeByte = 117  // u
                flags |= Flag.nonASCII
            default:
                shapeByte = byte
            }
            lower = (lower ^ UInt64(lowered)) &* prime
            run = shapeByte == lastShape ? run + 1 : 1
            lastShape = shapeByte
            if run <= 2 { shape = (shape ^ UInt64(shapeByte)) &* prime }
        }
        if let first = bytes.first, (65...90).contains(first) { flags |= Flag.initialUpper }
        if flags & (Flag.upper | Flag.lower | Flag.nonASCII) == 0 { flags |= Flag.noLetter }
        self.exact = exact
        self.lower = lower
        self.shape = original?.shape ?? shape
        self.flags = original?.flags ?? flags
        let n = bytes.count
        func piece(_ range: Range<Int>) -> UInt64 {
            var h = basis ^ UInt64(range.count) &* 0x9E37_79B9
            for i in range where i >= 0 && i < n {
                let b = bytes[i]
                h = (h ^ UInt64((65...90).contains(b) ? b + 32 : b)) &* prime
            }
            return h
        }
        prefix1 = piece(0..<min(1, n)); prefix2 = piece(0..<min(2, n)); prefix3 = piece(0..<min(3, n))
        suffix1 = piece(max(0, n - 1)..<n); suffix2 = piece(max(0, n - 2)..<n)
        suffix3 = piece(max(0, n - 3)..<n); suffix4 = piece(max(0, n - 4)..<n)
    }
}
