/// The averaged weights of a trained perceptron, read-only: what the tagger and the parser ship.
///
/// Features are found through an open-addressing table (linear probing over a power-of-two
/// array, 0 marks an empty slot); each feature's entries (class, weight) sit together. Weights are
/// stored as 16-bit integers with one scale per model (`PerceptronModel+Binary.swift`), so the
/// weights the model scores with are the quantised ones, on load and right after training alike.
public struct PerceptronModel: Sendable {
    /// One label per class.
    public let labels: [String]
    let scale: Float
    /// The open-addressing table: a feature with where its entries are, in one cache line.
    private let slots: [Slot]
    /// Row `r`'s entries are `rowStart[r] ..< rowStart[r + 1]`.
    let rowStart: [Int32]
    let rowFeature: [UInt64]
    let entryClass: [UInt16]
    let entryQuantum: [Int16]
    /// Class and dequantised weight of each entry, side by side for scoring.
    private let entries: [Entry]

    struct Slot {
        var feature: UInt64 = 0
        var start: Int32 = 0
        var end: Int32 = 0
    }

    struct Entry {
        var weight: Float
        var classIndex: UInt32
    }

    public var classCount: Int { labels.count }
    /// Features with at least one weight.
    public var featureCount: Int { rowFeature.count }

    /// A model from rows sorted by feature, each with entries sorted by class.
    init(labels: [String], rows: [(feature: UInt64, entries: [(class: UInt16, weight: Float)])]) {
        var largest: Float = 0
        for row in rows { for entry in row.entries { largest = max(largest, abs(entry.weight)) } }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var start: [Int32] = [0]
        var classes: [UInt16] = []
        var quanta: [Int16] = []
        for row in rows {
            for entry in row.entries {
                classes.append(entry.class)
                quanta.append(Int16((entry.weight / scale).rounded()))
            }
            start.append(Int32(classes.count))
        }
        self.init(labels: labels, scale: scale, rowFeature: rows.map(\.feature), rowStart: start,
                  entryClass: classes, entryQuantum: quanta)
    }

    init(labels: [String], scale: Float, rowFeature: [UInt64], rowStart: [Int32], entryClass: [UInt16],
         entryQuantum: [Int16]) {
        self.labels = labels
        self.scale = scale
        self.rowFeature = rowFeature
        self.rowStart = rowStart
        self.entryClass = entryClass
        self.entryQuantum = entryQuantum
        self.entries = zip(entryClass, entryQuantum).map { Entry(weight: Float($1) * scale, classIndex: UInt32($0)) }
        var capacity = 16
        while capacity < rowFeature.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        for (r, feature) in rowFeature.enumerated() {
            var slot = Int(truncatingIfNeeded: feature) & mask
            while slots[slot].feature != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(feature: feature, start: rowStart[r], end: rowStart[r + 1])
        }
        self.slots = slots
    }

    /// Adds the weights of `features` to `scores`, which has `classCount` slots.
    ///
    /// Finds every feature's entries first, then adds them: the table lookups do not wait for
    /// each other, so their cache misses overlap.
    public func addScores(of features: [UInt64], to scores: inout [Float]) {
        precondition(scores.count >= classCount, "one score per class")
        let mask = slots.count - 1
        features.withUnsafeBufferPointer { features in
            slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    scores.withUnsafeMutableBufferPointer { scores in
                        withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { found in
                            for (k, feature) in features.enumerated() {
                                var slot = Int(truncatingIfNeeded: feature) & mask
                                while slots[slot].feature != feature && slots[slot].feature != 0 { slot = (slot + 1) & mask }
                                found[k] = slots[slot]
                            }
                            for range in found.prefix(features.count) {
                                for i in Int(range.start)..<Int(range.end) {
                                    let entry = entries[i]
                                    scores[Int(entry.classIndex)] += entry.weight
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds the weights of one feature to `scores`.
    public func addScores(of feature: UInt64, to scores: inout [Float]) {
        addScores(of: [feature], to: &scores)
    }

    /// The scores of every class for `features`.
    public func scores(of features: [UInt64]) -> [Float] {
        var scores = [Float](repeating: 0, count: classCount)
        addScores(of: features, to: &scores)
        return scores
    }
}
