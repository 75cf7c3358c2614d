/// A multi-class averaged perceptron for training (Collins 2002), with sparse weights: each
/// feature keeps entries only for the classes it was ever updated with, so that a parser with a
/// hundred labelled transitions and millions of features fits in memory.
///
/// Averaging uses the running-sum trick: next to each weight `w` it keeps `u`, the sum of its
/// updates each multiplied by the step they happened at; the average after `t` steps is
/// `w - u / t`. Call `advance()` once per training decision, update or not.
public struct AveragedPerceptron: Sendable {
    public let classCount: Int
    /// Feature id → index of its first entry.
    private var heads: [UInt64: Int32] = [:]
    private var entryClass: [UInt16] = []
    private var entryWeight: [Float] = []
    private var entrySum: [Double] = []
    private var entryNext: [Int32] = []
    /// Decisions seen so far (the averaging clock), starting at 1.
    public private(set) var step: Int = 1

    public init(classCount: Int) {
        precondition(classCount > 0 && classCount <= Int(UInt16.max), "class count out of range")
        self.classCount = classCount
    }

    /// Adds the current (not averaged) weights of `features` to `scores`, which has `classCount` slots.
    public func addScores(of features: [UInt64], to scores: inout [Float]) {
        for feature in features {
            guard var e = heads[feature] else { continue }
            while e >= 0 {
                let i = Int(e)
                scores[Int(entryClass[i])] += entryWeight[i]
                e = entryNext[i]
            }
        }
    }

    /// The class with the highest score among `allowed` (every class when nil); ties go to the
    /// lower class number, so decisions are deterministic.
    public static func best(_ scores: [Float], allowed: [Bool]? = nil) -> Int? {
        var best: Int?
        for c in scores.indices where allowed?[c] ?? true {
            if best == nil || scores[c] > scores[best!] { best = c }
        }
        return best
    }

    /// Moves weight from `guess` to `truth` for each feature (no change when they are equal).
    public mutating func update(features: [UInt64], truth: Int, guess: Int, by amount: Float = 1) {
        guard truth != guess else { return }
        for feature in features {
            add(amount, feature: feature, class: truth)
            add(-amount, feature: feature, class: guess)
        }
    }

    /// One more decision has been made (counted for the average).
    public mutating func advance() { step += 1 }

    private mutating func add(_ amount: Float, feature: UInt64, class c: Int) {
        let head = heads[feature] ?? -1
        var e = head
        while e >= 0 {
            let i = Int(e)
            if Int(entryClass[i]) == c {
                entryWeight[i] += amount
                entrySum[i] += Double(step) * Double(amount)
                return
            }
            e = entryNext[i]
        }
        entryClass.append(UInt16(c))
        entryWeight.append(amount)
        entrySum.append(Double(step) * Double(amount))
        entryNext.append(head)
        heads[feature] = Int32(entryClass.count - 1)
    }

    /// The averaged weights as a model for `labels` (one per class), without the entries whose
    /// averaged weight is smaller than `pruneBelow` in magnitude.
    public func averaged(labels: [String], pruneBelow: Float = 0) -> PerceptronModel {
        precondition(labels.count == classCount, "one label per class")
        var rows: [(feature: UInt64, entries: [(class: UInt16, weight: Float)])] = []
        rows.reserveCapacity(heads.count)
        let t = Double(step)
        for (feature, head) in heads {
            var entries: [(class: UInt16, weight: Float)] = []
            var e = head
            while e >= 0 {
                let i = Int(e)
                let average = Float(Double(entryWeight[i]) - entrySum[i] / t)
                if abs(average) >= pruneBelow, average != 0 { entries.append((entryClass[i], average)) }
                e = entryNext[i]
            }
            if !entries.isEmpty {
                entries.sort { $0.class < $1.class }
                rows.append((feature, entries))
            }
        }
        rows.sort { $0.feature < $1.feature }
        return PerceptronModel(labels: labels, rows: rows)
    }
}
