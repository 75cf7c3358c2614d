/// Refines a coarse token stream into tokens in UD English (EWT) conventions, keeping UTF-8 spans.
///
/// The input is a tokenizer's pieces in document order: words, numbers and single punctuation
/// marks, each with its text and span (the extraction's tokenizer gives these, see the adapter in
/// ActorExtraction). Pieces that touch form a run (no space between them); a run is first merged
/// where EWT writes one token, then each piece is split where EWT writes several:
///
/// - merged: web and mail addresses ("http://example.org/a", "ann@example.org"); clock times and
///   ratios ("10:30"); numbers joined by slashes ("9/11", "11/28/2000") and single letters joined
///   by one ("w/o"); decades and years ("1980's", "'68"); repeated punctuation ("...", "--",
///   "!!", "?!"); emoticons (":)").
/// - split: clitics ("did|n't", "ca|n't", "wo|n't", "I|'m", "they|'re", "we|'ve", "it|'ll",
///   "she|'d", with straight or curly apostrophes, and a few spellings without one: "can|not",
///   "gon|na", "do|nt"); hyphens between words ("15|-|year|-|old", "so|-|called"), except after
///   prefixes EWT keeps ("e-mail", "non-profit", "anti-war", "co-worker") and in number codes
///   ("555-010-4477"); a unit written onto its number ("40mins" → "40", "mins"; not "2nd",
///   "1960s" or "83N").
///
/// The conventions follow what EWT's training data does most often (counts in the README of
/// Tests/Benchmarks/SyntaxBench). Abbreviations with periods ("U.S.", "Mr.", "Jan.") stay whole
/// because the coarse tokenizer keeps them whole; nothing here splits at a period.
public struct UDTokenizer: Sendable {
    public init() {}

    /// The UD tokens of `pieces` (in document order, spans not overlapping).
    public func tokens(from pieces: [UDToken]) -> [UDToken] {
        var result: [UDToken] = []
        result.reserveCapacity(pieces.count + pieces.count / 8)
        var start = 0
        while start < pieces.count {
            var end = start + 1
            while end < pieces.count, pieces[end].span.lowerBound == pieces[end - 1].span.upperBound { end += 1 }
            appendRun(pieces[start..<end], to: &result)
            start = end
        }
        return result
    }

    /// The UD tokens of the pieces of `text` at `spans` (UTF-8 offsets into `text`).
    public func tokens(in text: String, pieces spans: [Range<Int>]) -> [UDToken] {
        let utf8 = Array(text.utf8)
        return tokens(from: spans.compactMap { span in
            guard span.lowerBound >= 0, span.upperBound <= utf8.count, !span.isEmpty else { return nil }
            return UDToken(form: String(decoding: utf8[span], as: UTF8.self), span: span)
        })
    }

    /// Merges where EWT writes one token, then splits each remaining piece.
    private func appendRun(_ run: ArraySlice<UDToken>, to result: inout [UDToken]) {
        var k = run.startIndex
        while k < run.endIndex {
            let end = Self.mergedEnd(run, from: k)
            if end > k + 1 {
                let form = run[k..<end].map(\.form).joined()
                result.append(UDToken(form: form, span: run[k].span.lowerBound..<run[end - 1].span.upperBound))
            } else {
                split(run[k], into: &result)
            }
            k = end
        }
    }

    /// Splits one piece at its hyphens, a unit off its number, then clitics off each part.
    private func split(_ piece: UDToken, into result: inout [UDToken]) {
        if Self.staysWhole(piece.form) {
            result.append(piece)
            return
        }
        for part in Self.hyphenParts(of: piece) {
            if let (number, unit) = Self.numberAndUnit(part) {
                result.append(number)
                result.append(unit)
            } else {
                Self.appendClitics(of: part, to: &result)
            }
        }
    }

    /// Most pieces, found in one pass over their bytes: no hyphen, apostrophe or other non-ASCII
    /// byte, no leading digit, and no contraction written without its apostrophe.
    private static func staysWhole(_ form: String) -> Bool {
        let bytes = form.utf8
        guard let first = bytes.first, first &- UInt8(ascii: "0") >= 10,
              !bytes.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 >= 0x80 }) else { return false }
        return bytes.count > 8 || unwrittenApostrophes[form.lowercased()] == nil
    }
}
