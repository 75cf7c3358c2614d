import Syntax

/// An entity mention of GUM (MISC `Entity=`, format `(eid-etype-infstat-salience-centering-minspan-link-identity`
/// opening at a word, `eid)` closing; a one-word mention opens and closes at once).
struct GUMMention {
    var type: String
    /// 0-based word indices of the whole mention.
    var words: Range<Int>
    /// 0-based word indices of its minimal span (the `minspan` field, 1-based inside the mention).
    var minimal: [Int]

    static func mentions(in sentence: CoNLLUSentence) -> [GUMMention] {
        var result: [GUMMention] = []
        var open: [(eid: Substring, start: Int, attributes: [Substring])] = []
        for (i, word) in sentence.words.enumerated() {
            guard let entity = word.misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { continue }
            var s = entity.dropFirst("Entity=".count)
            while let c = s.first {
                if c == "(" {
                    let body = s.dropFirst().prefix { $0 != "(" && $0 != ")" }
                    s = s.dropFirst(1 + body.count)
                    let attributes = body.split(separator: "-", maxSplits: 7, omittingEmptySubsequences: false)
                    if s.first == ")" {
                        s = s.dropFirst()
                        if let m = mention(attributes, i..<i + 1) { result.append(m) }
                    } else {
                        open.append((attributes.first ?? "", i, attributes))
                    }
                } else {
                    let eid = s.prefix { $0 != ")" && $0 != "(" }
                    s = s.dropFirst(eid.count)
                    if s.first == ")" { s = s.dropFirst() }
                    if let k = open.lastIndex(where: { $0.eid == eid }) {
                        if let m = mention(open[k].attributes, open[k].start..<i + 1) { result.append(m) }
                        open.remove(at: k)
                    }
                }
            }
        }
        return result
    }

    private static func mention(_ attributes: [Substring], _ words: Range<Int>) -> GUMMention? {
        guard attributes.count >= 6 else { return nil }
        let minimal = attributes[5].split(separator: ",").compactMap { Int($0) }.map { words.lowerBound + $0 - 1 }
            .filter { words.contains($0) }
        return GUMMention(type: String(attributes[1]), words: words, minimal: minimal.isEmpty ? Array(words) : minimal)
    }

    /// The word of the mention whose head lies outside it (the first such word).
    func head(in words: [SyntaxWord]) -> Int {
        self.words.first { i in !self.words.contains(words[i].head - 1) } ?? self.words.lowerBound
    }
}
