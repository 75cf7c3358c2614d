import Syntax

/// The whole extraction pipeline for one document: text → sentences → mentions → actors → trees
/// of the sentences that can hold a relation → events.
public struct ActorExtractor: Sendable {
    private let lexicon: Lexicon
    private let tokenizer = Tokenizer()
    private let splitter: SentenceSplitter
    private let tagger: MentionTagger
    private let relations: RelationExtractor
    private let dates = DateFinder()

    /// An extractor reading the world from `lexicon` and sentences with `syntax`.
    public init(lexicon: Lexicon, syntax: SyntaxAnalyzer, maximumSentenceTokens: Int = 400) {
        self.lexicon = lexicon
        self.splitter = SentenceSplitter(maximumTokens: maximumSentenceTokens)
        self.tagger = MentionTagger(lexicon: lexicon)
        self.relations = RelationExtractor(lexicon: lexicon, syntax: syntax)
    }

    /// Extracts the actors and dated relations of `document`.
    ///
    /// The publication date is `document.date` when given, else the one found in the article head.
    public func extract(_ document: Document) -> ExtractionResult {
        read(document, keepingReadings: false).result
    }

    /// `extract`, with how each sentence was read when `keepingReadings` (else none are kept):
    /// its tokens, mentions and the actors they stand for, its tree, and every relation found or stopped.
    public func read(_ document: Document, keepingReadings: Bool) -> (result: ExtractionResult, sentences: [SentenceExplanation]) {
        let tokens = tokenizer.tokens(in: document.text)
        let published = document.date ?? PublicationDate().find(in: tokens)
        let sentences = splitter.sentences(from: tokens)
        // A document uses a few distinct words for every ten it writes.
        var lowercase = WordSet(capacity: tokens.count / 8)
        for i in tokens.indices where tokens[i].kind == .word && !tokens[i].isCapitalized {
            lowercase.insert(tokens[i].folded, hash: tokens[i].foldedHash)
        }
        let tagged = sentences.map { tagger.mentions(in: $0, lowercaseWords: lowercase) }

        var resolver = ActorResolver(lexicon: lexicon)
        for (sentence, mentions) in zip(sentences, tagged) {
            for m in mentions { resolver.register(m, apposition: apposition(after: m, in: sentence, among: mentions)) }
        }
        var order = 0
        let resolved = tagged.map { mentions in
            mentions.compactMap { m -> ResolvedMention? in
                order += 1
                return resolver.resolve(m, order: order)
            }
        }

        let utf8 = Array(document.text.utf8)
        var events: [Event] = []
        var explained: [SentenceExplanation] = []
        for (sentence, mentions) in zip(sentences, resolved) {
            // A lone name inside a date ("on April 20") is no actor.
            let written = mentions.count < 2 ? [] : dates.dates(in: sentence.tokens, reference: published)
            let actors = mentions.filter { m in !m.isWeak || !written.contains { $0.tokens.overlaps(m.mention.tokens) } }
            let reading = relations.read(sentence, mentions: actors)
            if keepingReadings {
                explained.append(SentenceExplanation(sentence: sentence, text: Self.text(of: sentence.span, in: utf8),
                                                     mentions: actors, reading: reading))
            }
            let found = reading.fired.map(\.candidate)
            guard !found.isEmpty else { continue }
            let evidence = Evidence(documentID: document.id, sentence: Self.text(of: sentence.span, in: utf8),
                                    span: sentence.span)
            for c in found {
                let date = Self.nearest(written, to: c.trigger)?.date ?? published.map { EventDate($0) }
                events.append(Event(relation: c.relation, source: c.source, target: c.target, date: date, evidence: evidence,
                                    trigger: Self.trigger(c.trigger, in: sentence)))
            }
        }
        let result = ExtractionResult(documentID: document.id, documentDate: published, title: document.title,
                                      url: document.url, actors: resolver.actors, events: events)
        return (result, explained)
    }

    /// A mention set off by a comma right after `mention`: "Atmar, adviser to the Afghan president,".
    private func apposition(after mention: Mention, in sentence: Sentence, among mentions: [Mention]) -> Mention? {
        let t = sentence.tokens
        let start = mention.tokens.upperBound
        guard start + 1 < t.count, t[start].isMark(",") else { return nil }
        let stop = t[(start + 1)...].firstIndex { $0.isMark(",") || $0.isMark("(") || $0.isMark(";") } ?? t.count
        return mentions.first { m in
            m.tokens.lowerBound > start && m.tokens.upperBound <= stop
                && ActorResolver.affiliation(of: m) != nil
        }
    }

    /// The trigger tokens `range` of `sentence`, as words and a span.
    private static func trigger(_ range: Range<Int>, in sentence: Sentence) -> Event.Trigger? {
        let tokens = sentence.tokens
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return nil }
        let words = tokens[range].map(\.text).joined(separator: " ")
        return Event.Trigger(words: words, span: TextSpan(start: tokens[range.lowerBound].span.start,
                                                          end: tokens[range.upperBound - 1].span.end))
    }

    private static func nearest(_ dates: [DateExpression], to trigger: Range<Int>) -> DateExpression? {
        dates.min { a, b in distance(a.tokens, trigger) < distance(b.tokens, trigger) }
    }

    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    /// The sentence as written, with runs of whitespace made single spaces.
    static func text(of span: TextSpan, in utf8: [UInt8]) -> String {
        let bytes = utf8[span.start..<span.end]
        if let text = collapsingWhitespace(bytes) { return text }
        let raw = String(decoding: bytes, as: UTF8.self)
        return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text(of:in:)` byte by byte, when every non-ASCII character is a no-break space or one that
    /// stands alone as a `Character` and is not whitespace (`isPlain`), so that characters are
    /// scalars and those are the only whitespace; `nil` for other text.
    private static func collapsingWhitespace(_ bytes: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        var p = bytes.startIndex
        while p < bytes.endIndex {
            let c = bytes[p]
            var width = 1
            if c == 0xC2, p + 1 < bytes.endIndex, bytes[p + 1] == 0xA0 {
                // A no-break space: whitespace that stands alone, unless a mark follows (not plain).
                space = !out.isEmpty
                p += 2
                continue
            } else if c >= 0x80 {
                width = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                guard isPlain(bytes[p..<p + width]) else { return nil }
            } else if asciiWhitespace[Int(c)] {
                space = !out.isEmpty
                p += 1
                continue
            } else {
                // A run of ASCII that is not whitespace, copied at once.
                while p + width < bytes.endIndex, bytes[p + width] < 0x80, !asciiWhitespace[Int(bytes[p + width])] {
                    width += 1
                }
            }
            if space { out.append(UInt8(ascii: " ")) }
            space = false
            out.append(contentsOf: bytes[p..<p + width])
            p += width
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A non-ASCII scalar (its UTF-8 bytes) that is neither whitespace nor able to join a neighbour
    /// in one `Character`: Latin letters and signs (U+00A1–U+02FF but the soft hyphen) and general
    /// punctuation (U+2010–U+2027, U+2030–U+205E: quotes, dashes, ellipsis).
    private static func isPlain(_ scalar: ArraySlice<UInt8>) -> Bool {
        var value: UInt32 = 0
        for (k, b) in scalar.enumerated() { value = value << 6 | UInt32(k == 0 ? b & (0xFF >> (scalar.count + 1)) : b & 0x3F) }
        switch value {
        case 0xA1...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    /// `Character.isWhitespace` of each ASCII character.
    private static let asciiWhitespace: [Bool] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))).isWhitespace }
}
