import Syntax

/// An EWT document rebuilt from its sentences' `# text` lines, with the gold token and sentence
/// spans (UTF-8 offsets in `text`).
///
/// Sentences of one paragraph (`# newpar`) are joined by a space, paragraphs by an empty line, as
/// a document reads; with `runOn`, a whole document is one paragraph. Gold tokens are syntactic
/// words: a multiword token ("don't" = "do" + "n't") counts as its words when their forms spell
/// its surface ("do" + "n't" at 0-2 and 2-5), else as one token ("wanna" written for "want to").
struct GoldDocument {
    var text = ""
    var sentences: [Range<Int>] = []
    var words: [Range<Int>] = []
    /// Forms of `words`, for error reports.
    var forms: [String] = []

    /// The documents of `sentences`, and the number of words whose form was not found in the text.
    static func documents(_ sentences: [CoNLLUSentence], runOn: Bool) -> (documents: [GoldDocument], unaligned: Int) {
        var documents: [GoldDocument] = []
        var unaligned = 0
        for sentence in sentences {
            guard let text = sentence.text else { continue }
            let newDocument = sentence.comments.contains { $0.hasPrefix("# newdoc") }
            let newParagraph = sentence.comments.contains { $0.hasPrefix("# newpar") }
            if newDocument || documents.isEmpty { documents.append(GoldDocument()) }
            if !documents[documents.count - 1].text.isEmpty {
                documents[documents.count - 1].text += newParagraph && !runOn ? "\n\n" : " "
            }
            unaligned += documents[documents.count - 1].append(text, sentence)
        }
        return (documents, unaligned)
    }

    /// Appends one sentence; returns how many words could not be placed.
    private mutating func append(_ sentenceText: String, _ sentence: CoNLLUSentence) -> Int {
        let base = text.utf8.count
        text += sentenceText
        let bytes = Array(sentenceText.utf8)
        var ranges: [Int: (last: Int, surface: String)] = [:]
        for extra in sentence.extraLines {
            let columns = extra.line.split(separator: "\t", omittingEmptySubsequences: false)
            let ids = columns[0].split(separator: "-")
            guard ids.count == 2, let a = Int(ids[0]), let b = Int(ids[1]), columns.count > 1 else { continue }
            ranges[a - 1] = (b - 1, String(columns[1]))
        }
        var cursor = 0
        var unaligned = 0
        var first = Int.max
        var last = 0
        func place(_ form: String) -> Range<Int>? {
            let needle = Array(form.utf8)[...]
            guard let at = find(needle, in: bytes, from: cursor) else { return nil }
            cursor = at + needle.count
            return at..<cursor
        }
        var i = 0
        let words = sentence.words
        while i < words.count {
            if let (lastWord, surface) = ranges[i] {
                let parts = words[i...lastWord].map(\.form)
                if let span = place(surface) {
                    if parts.joined() == surface {
                        var start = span.lowerBound
                        for part in parts {
                            add(start..<start + part.utf8.count, part, base)
                            start += part.utf8.count
                        }
                    } else {
                        add(span, surface, base)
                    }
                    first = min(first, span.lowerBound)
                    last = span.upperBound
                } else {
                    unaligned += parts.count
                }
                i = lastWord + 1
                continue
            }
            if let span = place(words[i].form) {
                add(span, words[i].form, base)
                first = min(first, span.lowerBound)
                last = span.upperBound
            } else {
                unaligned += 1
            }
            i += 1
        }
        if first < last { sentences.append(base + first..<base + last) }
        return unaligned
    }

    private mutating func add(_ span: Range<Int>, _ form: String, _ base: Int) {
        words.append(base + span.lowerBound..<base + span.upperBound)
        forms.append(form)
    }
}
