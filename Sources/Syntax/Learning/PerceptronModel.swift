/// The averaged weights of a trained perceptron, read-only: what the tagger and the parser ship.
///
/// Features are found through an open-addressing table (linear probing over a power-of-two
/// array, 0 marks an empty slot, at most half full). Each slot names its feature's row of
/// weights: a sparse row packs (class, 16-bit weight) pairs after their count; a row with weights
/// for many classes is kept dense, one `Float` per class, and added with vector instructions.
/// Weights are stored as 16-bit integers with one scale per model (`PerceptronModel+Binary.swift`),
/// so the weights the model scores with are the quantised ones, on load and right after training
/// alike; a score adds `Float(quantum) * scale` per feature in feature order, dense rows and sparse
/// alike, so the layout does not change any score.
public struct PerceptronModel: Sendable {
    /// One label per class.
    public let labels: [String]
    let scale: Float
    /// The open-addressing table.
    private let slots: [Slot]
    /// Row `r`'s entries are `rowStart[r] ..< rowStart[r + 1]`.
    let rowStart: [Int32]
    let rowFeature: [UInt64]
    let entryClass: [UInt16]
    let entryQuantum: [Int16]
    /// The sparse rows: each is its entry count, then per entry the class in the low 16 bits and
    /// the quantised weight in the high 16 bits. An empty row comes first, at offset 0.
    private let sparse: [UInt32]
    /// The dense rows, `classCount` weights each (0 for the classes a feature has no weight for).
    private let dense: [Float]

    /// A feature and where its row is, in 12 bytes (the feature split in two halves keeps the
    /// slot free of 8-byte alignment padding, so more slots share a cache line).
    struct Slot {
        var low: UInt32 = 0
        var high: UInt32 = 0
        /// `Slot.denseRow | index` of a dense row, or the offset of a sparse row in `sparse`.
        var row: UInt32 = 0

        static let denseRow: UInt32 = 1 << 31
        /// What a lookup of a feature without weights finds.
        static let absent = UInt32.max

        init() {}
        init(feature: UInt64, row: UInt32) {
            low = UInt32(truncatingIfNeeded: feature)
            high = UInt32(truncatingIfNeeded: feature >> 32)
            self.row = row
        }

        var feature: UInt64 { UInt64(high) << 32 | UInt64(low) }
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
        // A row with weights for a quarter of the classes or more is cheaper to add densely.
        let denseFrom = max(8, labels.count / 4)
        var sparse: [UInt32] = [0]
        var dense: [Float] = []
        var rows: [UInt32] = []
        rows.reserveCapacity(rowFeature.count)
        for r in rowFeature.indices {
            let range = Int(rowStart[r])..<Int(rowStart[r + 1])
            if range.count >= denseFrom, dense.count / labels.count < Int(Slot.denseRow) {
                rows.append(Slot.denseRow | UInt32(dense.count / labels.count))
                let base = dense.count
                dense.append(contentsOf: repeatElement(0, count: labels.count))
                for i in range { dense[base + Int(entryClass[i])] = Float(entryQuantum[i]) * scale }
            } else {
                rows.append(UInt32(sparse.count))
                sparse.append(UInt32(range.count))
                for i in range { sparse.append(UInt32(entryClass[i]) | UInt32(UInt16(bitPattern: entryQuantum[i])) << 16) }
            }
        }
        self.sparse = sparse
        self.dense = dense
        var capacity = 16
        while capacity < rowFeature.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        let mask = capacity - 1
        for (r, feature) in rowFeature.enumerated() {
            var slot = Int(truncatingIfNeeded: feature) & mask
            while slots[slot].feature != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(feature: feature, row: rows[r])
        }
        self.slots = slots
    }

    /// Adds the weights of `features` to `scores`, which has `classCount` slots.
    ///
    /// Most time goes into waiting for memory, so the work is done in rounds whose loads do not
    /// depend on each other or on a branch, letting their cache misses overlap: read every
    /// feature's home slot, then find its row (probing further only on a collision), then read
    /// each sparse row's length, then add the weights.
    public func addScores(of features: [UInt64], to scores: inout [Float]) {
        precondition(scores.count >= classCount, "one score per class")
        let mask = slots.count - 1
        let classes = classCount, scale = self.scale
        features.withUnsafeBufferPointer { features in
            slots.withUnsafeBufferPointer { slots in
                sparse.withUnsafeBufferPointer { sparse in
                    withUnsafeTemporaryAllocation(of: Slot.self, capacity: features.count) { home in
                        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * features.count) { found in
                            for k in 0..<features.count {
                                home[k] = slots[Int(truncatingIfNeeded: features[k]) & mask]
                            }
                            for k in 0..<features.count {
                                found[k] = row(of: features[k], home: home[k], in: slots, mask: mask)
                            }
                            // The length of each sparse row (that of the empty row at 0 for the others).
                            for k in 0..<features.count {
                                let row = found[k]
                                found[features.count + k] = sparse[row < Slot.denseRow ? Int(row) : 0]
                            }
                            dense.withUnsafeBufferPointer { dense in
                                scores.withUnsafeMutableBufferPointer { scores in
                                    for k in 0..<features.count {
                                        let row = found[k]
                                        if row == Slot.absent { continue }
                                        if row & Slot.denseRow != 0 {
                                            let base = Int(row & ~Slot.denseRow) &* classes
                                            let weights = UnsafeBufferPointer(rebasing: dense[base..<base &+ classes])
                                            for c in 0..<classes { scores[c] += weights[c] }
                                        } else {
                                            let start = Int(row) + 1
                                            for i in start..<start + Int(found[features.count + k]) {
                                                let entry = sparse[i]
                                                let weight = Float(Int16(truncatingIfNeeded: entry >> 16)) * scale
                                                scores[Int(entry & 0xffff)] += weight
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The row of `feature` (`Slot.absent` if it has none), whose home slot holds `home`.
    @inline(__always)
    private func row(of feature: UInt64, home: Slot, in slots: UnsafeBufferPointer<Slot>, mask: Int) -> UInt32 {
        var slot = home, index = Int(truncatingIfNeeded: feature) & mask
        while slot.feature != feature {
            if slot.feature == 0 { return Slot.absent }
            index = (index + 1) & mask
            slot = slots[index]
        }
        return slot.row
    }

    /// The scores of every class for `features`.
    public func scores(of features: [UInt64]) -> [Float] {
        var scores = [Float](repeating: 0, count: classCount)
        addScores(of: features, to: &scores)
        return scores
    }
}
