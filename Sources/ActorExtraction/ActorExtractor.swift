/// The whole extraction pipeline for one document: text → sentences → mentions → actors → events.
public struct ActorExtractor: Sendable {
    private let lexicon: Lexicon
    private let tokenizer = Tokenizer()
    private let splitter: SentenceSplitter
    private let tagger: MentionTagger
    private let relations: RelationExtractor
    private let dates = DateFinder()

    public init(lexicon: Lexicon, maximumSentenceTokens: Int = 400) {
        self.lexicon = lexicon
        self.splitter = SentenceSplitter(maximumTokens: maximumSentenceTokens)
        self.tagger = MentionTagger(lexicon: lexicon)
        self.relations = RelationExtractor(lexicon: lexicon)
    }

    /// Extracts the actors and dated relations of `document`.
    ///
    /// The publication date is `document.date` when given, else the one found in the article head.
    public func extract(_ document: Document) -> ExtractionResult {
        let published = document.date ?? PublicationDate().find(in: document.text)
        let sentences = splitter.sentences(from: tokenizer.tokens(in: document.text))
        var lowercase: WordSet = []
        for s in sentences {
            for token in s.tokens where token.kind == .word && !token.isCapitalized { lowercase.insert(token) }
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
        for (sentence, mentions) in zip(sentences, resolved) {
            let found = relations.relations(in: sentence, mentions: mentions)
            guard !found.isEmpty else { continue }
            let evidence = Evidence(documentID: document.id, sentence: Self.text(of: sentence.span, in: utf8),
                                    span: sentence.span)
            let written = dates.dates(in: sentence.tokens, reference: published)
            for c in found {
                let date = Self.nearest(written, to: c.trigger)?.date ?? published.map { EventDate($0) }
                events.append(Event(relation: c.relation, source: c.source, target: c.target, date: date, evidence: evidence))
            }
        }
        let actors = resolver.actors.values.sorted { $0.id < $1.id }
        return ExtractionResult(documentID: document.id, documentDate: published, actors: actors, events: events)
    }

    /// A mention set off by a comma right after `mention`: "Atmar, adviser to the Afghan president,".
    private func apposition(after mention: Mention, in sentence: Sentence, among mentions: [Mention]) -> Mention? {
        let t = sentence.tokens
        let start = mention.tokens.upperBound
        guard start + 1 < t.count, t[start].text == "," else { return nil }
        let stop = t[(start + 1)...].firstIndex { $0.text == "," || $0.text == "(" || $0.text == ";" } ?? t.count
        return mentions.first { m in
            m.tokens.lowerBound > start && m.tokens.upperBound <= stop
                && ActorResolver.affiliation(of: m) != nil
        }
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
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let raw = String(decoding: bytes, as: UTF8.self)
            return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        // ASCII: the same, byte by byte.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for c in bytes {
            if asciiWhitespace[Int(c)] {
                space = !out.isEmpty
            } else {
                if space { out.append(UInt8(ascii: " ")) }
                space = false
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `Character.isWhitespace` of each ASCII character.
    private static let asciiWhitespace: [Bool] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))).isWhitespace }
}
