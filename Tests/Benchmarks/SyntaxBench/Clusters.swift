/// Groups two sorted lists of spans over the same text into the stretches where they disagree:
/// each cluster is the smallest run of gold and predicted spans that starts and ends together.
func disagreements(gold: [Range<Int>], predicted: [Range<Int>]) -> [(gold: Range<Int>, predicted: Range<Int>)] {
    var result: [(gold: Range<Int>, predicted: Range<Int>)] = []
    var i = 0
    var j = 0
    while i < gold.count || j < predicted.count {
        if i < gold.count, j < predicted.count, gold[i] == predicted[j] {
            i += 1
            j += 1
            continue
        }
        let gi = i
        let pj = j
        var end: Int
        if j == predicted.count || (i < gold.count && gold[i].lowerBound <= predicted[j].lowerBound) {
            end = gold[i].upperBound
            i += 1
        } else {
            end = predicted[j].upperBound
            j += 1
        }
        var grew = true
        while grew {
            grew = false
            while i < gold.count, gold[i].lowerBound < end { end = max(end, gold[i].upperBound); i += 1; grew = true }
            while j < predicted.count, predicted[j].lowerBound < end { end = max(end, predicted[j].upperBound); j += 1; grew = true }
        }
        result.append((gi..<i, pj..<j))
    }
    return result
}
