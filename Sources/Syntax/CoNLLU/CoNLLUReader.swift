/// Reads CoNLL-U (https://universaldependencies.org/format.html) into sentences.
///
/// Checks what a consumer relies on: ten tab-separated columns, word ids counting 1, 2, 3… in
/// each sentence, heads that are `_` or a word of the same sentence (0 for the root), and no
/// sentence without words. Multiword token ranges and empty nodes are kept as extra lines.
public enum CoNLLUReader {
    /// All sentences of `text`, or the first problem found.
    public static func sentences(in text: String) throws(CoNLLUError) -> [CoNLLUSentence] {
        var result: [CoNLLUSentence] = []
        var comments: [String] = []
        var words: [SyntaxWord] = []
        var extras: [SyntaxExtraLine] = []
        var heads: [(head: Int, line: Int)] = []
        var lineNumber = 0
        var sentenceLine = 0

        func finish() throws(CoNLLUError) {
            defer { comments = []; words = []; extras = []; heads = [] }
            if words.isEmpty {
                if !extras.isEmpty { throw CoNLLUError(line: sentenceLine, problem: "sentence has no words") }
                if !comments.isEmpty { throw CoNLLUError(line: sentenceLine, problem: "comments with no sentence after them") }
                return
            }
            for (head, line) in heads where head > words.count {
                let count = words.count == 1 ? "1 word" : "\(words.count) words"
                throw CoNLLUError(line: line, problem: "head \(head) is not a word of this sentence (\(count))")
            }
            result.append(CoNLLUSentence(comments: comments, words: words, extraLines: extras))
        }

        // A byte order mark is not part of the first line. "\r\n" is one Character, so CR LF files
        // split here too.
        let text = text.first == "\u{FEFF}" ? text.dropFirst() : Substring(text)
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                try finish()
                continue
            }
            if words.isEmpty, extras.isEmpty, comments.isEmpty { sentenceLine = lineNumber }
            if line.first == "#" {
                if !words.isEmpty || !extras.isEmpty {
                    throw CoNLLUError(line: lineNumber, problem: "comment inside a sentence (missing empty line before it?)")
                }
                comments.append(String(line))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(line: lineNumber, problem: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains("-") || id.contains(".") {
                guard isRangeOrEmptyNode(id) else {
                    throw CoNLLUError(line: lineNumber, problem: "bad word id '\(id)'")
                }
                extras.append(SyntaxExtraLine(beforeWord: words.count, line: String(line)))
                continue
            }
            guard let number = Int(id), number == words.count + 1 else {
                throw CoNLLUError(line: lineNumber, problem: "word id '\(id)' should be \(words.count + 1)")
            }
            var head = -1
            if columns[6] != "_" {
                guard let value = Int(columns[6]), value >= 0, value != number else {
                    throw CoNLLUError(line: lineNumber, problem: "bad head '\(columns[6])'")
                }
                head = value
                heads.append((value, lineNumber))
            }
            guard !columns[1].isEmpty else {
                throw CoNLLUError(line: lineNumber, problem: "empty FORM column")
            }
            words.append(SyntaxWord(
                form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                xpos: String(columns[4]), feats: String(columns[5]), head: head,
                deprel: String(columns[7]), deps: String(columns[8]), misc: String(columns[9])))
        }
        try finish()
        return result
    }

    /// "3-4" (a multiword token) or "8.1" (an empty node).
    private static func isRangeOrEmptyNode(_ id: Substring) -> Bool {
        let parts = id.split(separator: id.contains("-") ? "-" : ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }
}
