import ActorExtraction

extension Document {
    /// The largest article extracted in one piece; longer ones are cut (see `pieces`).
    static let maximumBytes = 1 << 20

    /// The document cut into pieces of at most `maximumBytes` UTF-8 bytes, at a paragraph break,
    /// a line break, a sentence end or a space where possible; ids after the first get `#2`, `#3`…
    /// Extraction of one huge text slows down and takes memory with its size, and an article that
    /// long is a dump, not an article: its pieces are extracted one after another.
    func pieces(maximumBytes: Int = Document.maximumBytes) -> [Document] {
        let bytes = Array(text.utf8)
        guard bytes.count > maximumBytes else { return [self] }
        var result: [Document] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + maximumBytes, bytes.count)
            if end < bytes.count { end = Self.cut(bytes, from: start, before: end) }
            let piece = String(decoding: bytes[start..<end], as: UTF8.self)
            result.append(Document(id: result.isEmpty ? id : "\(id)#\(result.count + 1)", text: piece, title: title,
                                   url: url, date: date))
            start = end
        }
        return result
    }

    /// The best place to end a piece that starts at `start` and may not reach `limit`.
    private static func cut(_ bytes: [UInt8], from start: Int, before limit: Int) -> Int {
        let floor = start + (limit - start) / 2
        func last(_ matches: (Int) -> Bool) -> Int? {
            var i = limit - 1
            while i > floor {
                if matches(i) { return i + 1 }
                i -= 1
            }
            return nil
        }
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), period = UInt8(ascii: ".")
        return last { bytes[$0] == newline && bytes[$0 - 1] == newline }
            ?? last { bytes[$0] == newline }
            ?? last { bytes[$0] == space && bytes[$0 - 1] == period }
            ?? last { bytes[$0] == space }
            ?? last { bytes[$0] & 0xC0 != 0x80 }.map { $0 - 1 }  // never inside a UTF-8 sequence
            ?? limit
    }
}
