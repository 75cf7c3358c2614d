import Foundation

/// Counts for precision, recall and F1.
struct Score {
    var correct = 0
    var predicted = 0
    var gold = 0

    var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// `name  P 98.12  R 97.50  F1 97.81  (correct/predicted/gold)`.
    func line(_ name: String) -> String {
        func pct(_ x: Double) -> String { String(format: "%6.2f", 100 * x) }
        return "\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) P \(pct(precision))  R \(pct(recall))  F1 \(pct(f1))  (\(correct)/\(predicted)/\(gold))"
    }
}

/// Counts of strings, printed most frequent first (ties in string order, so runs print the same).
struct Tally {
    private(set) var counts: [String: Int] = [:]

    mutating func add(_ key: String) { counts[key, default: 0] += 1 }

    var total: Int { counts.values.reduce(0, +) }

    func top(_ n: Int) -> [(key: String, count: Int)] {
        counts.map { (key: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
            .prefix(n).map { $0 }
    }

    func print(_ title: String, _ n: Int) {
        guard n > 0, total > 0 else { return }
        Swift.print("  \(title) (\(total)):")
        for (key, count) in top(n) { Swift.print("    \(String(count).padding(toLength: 5, withPad: " ", startingAt: 0)) \(key)") }
    }
}

/// Finds `needle` in `haystack` at or after `from`.
func find(_ needle: ArraySlice<UInt8>, in haystack: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var i = max(0, from)
    while i + needle.count <= haystack.count {
        if haystack[i] == needle.first, haystack[i..<i + needle.count].elementsEqual(needle) { return i }
        i += 1
    }
    return nil
}
