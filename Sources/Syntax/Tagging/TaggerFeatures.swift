/// The features the tagger scores a word with: its own traits, the words two to the left and two
/// to the right, and the two tags it predicted last (alone, together and with words).
///
/// `fill` overwrites a fixed-size buffer, so tagging allocates nothing per word.
enum TaggerFeatures {
    /// Features per word.
    static let count = 31

    /// The traits of `forms`, with two padding entries on each side: word `i` is at `i + 2`;
    /// `ambiguity` maps lowercased-form hashes to ambiguity-class hashes.
    static func traits(of forms: [String], ambiguity: [UInt64: UInt64]) -> [WordTraits] {
        var traits: [WordTraits] = []
        traits.reserveCapacity(forms.count + 4)
        traits.append(.start)
        traits.append(.start)
        for form in forms {
            var word = WordTraits(form)
            word.ambiguity = ambiguity[word.lower] ?? 0
            traits.append(word)
        }
        traits.append(.end)
        traits.append(.end)
        return traits
    }

    /// Writes the features of word `i` into `features` (which has `count` slots); `previous` and
    /// `beforePrevious` are the tag classes predicted for the two words before it plus one (0: none).
    @inline(__always)
    static func fill(_ features: inout [UInt64], traits: [WordTraits], at i: Int, previous: UInt64,
                     beforePrevious: UInt64) {
        let w = traits[i + 2]
        let l1 = traits[i + 1], l2 = traits[i]
        let r1 = traits[i + 3], r2 = traits[i + 4]
        let first: UInt64 = i == 0 ? 1 : 0
        features.withUnsafeMutableBufferPointer { f in
            f[0] = FeatureHash.feature(1, 0)
            f[1] = FeatureHash.feature(2, w.lower)
            f[2] = FeatureHash.feature(3, w.exact)
            f[3] = FeatureHash.feature(4, w.suffix1)
            f[4] = FeatureHash.feature(5, w.suffix2)
            f[5] = FeatureHash.feature(6, w.suffix3)
            f[6] = FeatureHash.feature(7, w.suffix4)
            f[7] = FeatureHash.feature(8, w.prefix1)
            f[8] = FeatureHash.feature(9, w.prefix2)
            f[9] = FeatureHash.feature(10, w.prefix3)
            f[10] = FeatureHash.feature(11, w.shape)
            f[11] = FeatureHash.feature(12, w.flags, first)
            f[12] = FeatureHash.feature(13, l1.lower)
            f[13] = FeatureHash.feature(14, l2.lower)
            f[14] = FeatureHash.feature(15, r1.lower)
            f[15] = FeatureHash.feature(16, r2.lower)
            f[16] = FeatureHash.feature(17, previous)
            f[17] = FeatureHash.feature(18, beforePrevious)
            f[18] = FeatureHash.feature(19, previous, beforePrevious)
            f[19] = FeatureHash.feature(20, previous, w.lower)
            f[20] = FeatureHash.feature(21, l1.suffix3)
            f[21] = FeatureHash.feature(22, r1.suffix3)
            f[22] = FeatureHash.feature(23, l1.lower, w.lower)
            f[23] = FeatureHash.feature(24, w.lower, r1.lower)
            f[24] = FeatureHash.feature(25, r1.shape, r1.flags)
            f[25] = FeatureHash.feature(26, l1.flags, w.flags)
            f[26] = FeatureHash.feature(27, previous, r1.lower)
            f[27] = FeatureHash.feature(28, w.ambiguity)
            f[28] = FeatureHash.feature(29, r1.ambiguity)
            f[29] = FeatureHash.feature(30, r2.ambiguity)
            f[30] = FeatureHash.feature(31, w.ambiguity, r1.ambiguity)
        }
    }
}
