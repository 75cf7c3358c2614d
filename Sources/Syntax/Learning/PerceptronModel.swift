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
    private let slotKeys: [UInt64]
    private let slotRows: [Int32]
    /// Row `r`'s entries are `rowStart[r] ..< rowStart[r + 1]`.
    let rowStart: [Int32]
    let rowFeature: [UInt64]
    let entryClass: [UInt16]
    let entryQuantum: [Int16]
    private let entryWeight: [Float]

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
        self.entryWeight = entryQuantum.map { Float($0) * scale }
        var capacity = 16
        while capacity < rowFeature.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var rows = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (r, feature) in rowFeature.enumerated() {
            var slot = Int(truncatingIfNeeded: feature) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = feature
            rows[slot] = Int32(r)
        }
        self.slotKeys = keys
        self.slotRows = rows
    }

    /// Adds the weights of `features` to `scores`, which has `classCount` slots.
    @inlinable
    public func addScores(of features: [UInt64], to scores: inout [Float]) {
        for feature in features { addScores(of: feature, to: &scores) }
    }

    /// Adds the weights of one feature to `scores`.
    public func addScores(of feature: UInt64, to scores: inout [Float]) {
        let mask = slotKeys.count - 1
        var slot = Int(truncatingIfNeeded: feature) & mask
        while true {
            let key = slotKeys[slot]
            if key == feature { break }
            if key == 0 { return }
            slot = (slot + 1) & mask
        }
        let row = Int(slotRows[slot])
        for i in Int(rowStart[row])..<Int(rowStart[row + 1]) {
            scores[Int(entryClass[i])] += entryWeight[i]
        }
    }

    /// The scores of every class for `features`.
    public func scores(of features: [UInt64]) -> [Float] {
        var scores = [Float](repeating: 0, count: classCount)
        addScores(of: features, to: &scores)
        return scores
    }
}
