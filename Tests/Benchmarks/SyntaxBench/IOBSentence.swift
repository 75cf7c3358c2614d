/// A sentence of a Universal NER file: one token a line, `index form tag …`, tags in IOB2
/// (`B-PER`, `I-PER`, `O`), `# sent_id = …` before it.
struct IOBSentence {
    var id: String?
    var forms: [String] = []
    var tags: [String] = []

    struct Problem: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "\(line): \(message)" }
    }

    static func read(_ text: String) throws(Problem) -> [IOBSentence] {
        var result: [IOBSentence] = []
        var current = IOBSentence()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty {
                if !current.forms.isEmpty { result.append(current) }
                current = IOBSentence()
            } else if line.hasPrefix("# sent_id = ") {
                current.id = String(line.dropFirst("# sent_id = ".count))
            } else if !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 3 else { throw Problem(line: lineNumber, message: "expected index, form and tag") }
                let tag = columns[2]
                guard tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-") else {
                    throw Problem(line: lineNumber, message: "bad IOB2 tag '\(tag)'")
                }
                current.forms.append(String(columns[1]))
                current.tags.append(String(tag))
            }
        }
        if !current.forms.isEmpty { result.append(current) }
        return result
    }

    /// The entity spans: type and token range.
    var entities: [(type: String, tokens: Range<Int>)] {
        var result: [(type: String, tokens: Range<Int>)] = []
        var i = 0
        while i < tags.count {
            guard tags[i] != "O" else { i += 1; continue }
            let type = String(tags[i].dropFirst(2))
            var end = i + 1
            while end < tags.count, tags[end] == "I-" + type { end += 1 }
            result.append((type, i..<end))
            i = end
        }
        return result
    }
}
