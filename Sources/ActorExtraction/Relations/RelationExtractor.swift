import Syntax

/// Reads relations out of one sentence from its dependency tree.
///
/// A sentence is parsed only when it can hold a relation: a word that may be a trigger of
/// `frames.tsv` and two actor mentions. For each word whose lemma and class match a frame row, the
/// row's source and target paths lead through the tree to actors; `RelationStops` then checks the
/// trigger against the cues of `cues.tsv` (negation, modality, conditions, plans).
public struct RelationExtractor: Sendable {
    private let lexicon: Lexicon
    private let syntax: SyntaxAnalyzer
    private let forms: TriggerForms
    private let udTokenizer = UDTokenizer()

    public init(lexicon: Lexicon, syntax: SyntaxAnalyzer) {
        self.lexicon = lexicon
        self.syntax = syntax
        self.forms = TriggerForms(lemmas: lexicon.frames.keys, lemmatizer: syntax.lemmatizer)
    }

    /// The relations `sentence` states between the actors of `mentions`.
    public func relations(in sentence: Sentence, mentions: [ResolvedMention]) -> [RelationCandidate] {
        read(sentence, mentions: mentions).fired.map(\.candidate)
    }

    /// The sentence's tree (when it was parsed), the relations found and the candidates stopped.
    public func read(_ sentence: Sentence, mentions: [ResolvedMention]) -> SentenceReading {
        // A relation joins two different actors through a trigger word outside their names
        // ("support" in "Rapid Support Forces" is none).
        let actors = Set(mentions.flatMap { $0.expanded.map(\.actorID) })
        let isFree = { (token: Int) in !mentions.contains { $0.mention.tokens.contains(token) } }
        guard actors.count >= 2,
              sentence.tokens.indices.contains(where: { sentence.tokens[$0].kind == .word && forms.contains(sentence.tokens[$0]) && isFree($0) }) else {
            return SentenceReading(parse: nil, unparsed: .noCandidates)
        }
        // Tagging costs a fifth of parsing: build the tree only when a word is a trigger by its tag.
        // and a row of it can reach two actors given the sentence's words.
        let (tagged, tokenOfWord) = tag(sentence, mentions: mentions)
        let written = Set(tagged.map { $0.form.lowercased() }), lemmas = Set(tagged.map { $0.lemma.lowercased() })
        let conjunction = tagged.contains { $0.upos == "CCONJ" }
        let possible = { (path: TreePath) in
            path.isPossible(forms: written, lemmas: lemmas, hasConjunction: conjunction, cues: self.lexicon.cues)
        }
        guard tagged.indices.contains(where: { i in
            isFree(tokenOfWord[i]) && rows(for: tagged[i]).contains { $0.source.contains(where: possible) && $0.target.contains(where: possible) }
        }) else {
            return SentenceReading(parse: nil, unparsed: .noTrigger)
        }
        let parse = ParsedSentence(words: parseClauses(tagged), tokenOfWord: tokenOfWord, mentions: mentions)
        var reading = SentenceReading(parse: parse, unparsed: nil)
        let stops = RelationStops(cues: lexicon.cues)
        for i in parse.words.indices where isFree(tokenOfWord[i]) {
            for row in rows(for: parse.words[i]) {
                let found = candidates(row, at: i, parse, mentions)
                guard !found.isEmpty else { continue }
                let walker = TreeWalker(parse: parse, cues: lexicon.cues, passive: false)
                if let stop = stops.stop(for: i, in: parse, time: row.time, carries: { walker.isClimbed($0, from: i, by: row) }) {
                    reading.blocked += found.map { SentenceReading.Finding(candidate: $0, row: row, stop: stop) }
                } else {
                    for c in found where !reading.fired.contains(where: { $0.candidate == c }) {
                        reading.fired.append(SentenceReading.Finding(candidate: c, row: row, stop: nil))
                    }
                }
            }
        }
        return reading
    }

    /// `words` parsed a stretch at a time, the stretches ending at a colon or a semicolon: those
    /// join clauses that say things of their own ("… wary of: Xi spoke with Ghani"), and one tree
    /// over both is where the parser goes wrong. Each stretch has its own root.
    private func parseClauses(_ words: [SyntaxWord]) -> [SyntaxWord] {
        var result: [SyntaxWord] = []
        result.reserveCapacity(words.count)
        var start = 0
        while start < words.count {
            var end = start
            while end < words.count, words[end].form != ":", words[end].form != ";" { end += 1 }
            end = min(end + 1, words.count)
            for var word in syntax.parse(Array(words[start..<end])) {
                if word.head > 0 { word.head += start }
                result.append(word)
            }
            start = end
        }
        return result
    }

    /// The frame rows whose lemma and word class fit word `i`. A verb whose lemma the rules left
    /// without its final "e" ("upgrad" for "upgraded") finds the rows of the lemma with it.
    private func rows(for word: SyntaxWord) -> [TriggerRow] {
        let wordClass: TriggerRow.WordClass
        switch word.upos {
        case "VERB": wordClass = .verb
        case "ADJ" where word.xpos == "VBN": wordClass = .verb
        case "NOUN", "PROPN": wordClass = .noun
        default: return []
        }
        let lemma = word.lemma.lowercased()
        var rows = lexicon.frames[lemma] ?? []
        if rows.isEmpty, wordClass == .verb, word.xpos != "VB", word.xpos != "VBP" {
            rows = lexicon.frames[lemma + "e"] ?? []
        }
        return rows.filter { $0.wordClass == wordClass }
    }

    /// The tagged words of `sentence` and the extraction token each comes from, leaving out a
    /// dateline ("KABUL, Afghanistan (AP) —"), which the parser would take for the subject, and
    /// reading each mention of several words as its last word: "Indian Prime Minister Narendra
    /// Modi hosted …" is parsed as "Modi hosted …". Titles before names are where the parser errs
    /// most, and the mention already says who the words name. Names are tagged as familiar ones.
    func tag(_ sentence: Sentence, mentions: [ResolvedMention]) -> (words: [SyntaxWord], tokenOfWord: [Int]) {
        let tokens = sentence.udTokens(udTokenizer)
        // Each UD token lies inside one extraction token: find it by its first byte.
        var tokenOf: [Int] = []
        tokenOf.reserveCapacity(tokens.count)
        var k = 0
        for token in tokens {
            while k + 1 < sentence.tokens.count, sentence.tokens[k].span.end <= token.span.lowerBound { k += 1 }
            tokenOf.append(k)
        }
        // Inside a collapsed mention, keep its last word and the possessive ending after it.
        var skipped = [Bool](repeating: false, count: tokens.count)
        for span in Self.collapsible(mentions) {
            let inside = tokens.indices.filter { span.contains(tokenOf[$0]) }
            guard let last = inside.last(where: { !Self.possessiveEndings.contains(tokens[$0].form) }) else { continue }
            for i in inside where i < last { skipped[i] = true }
        }
        let kept = tokens.indices.dropFirst(Self.datelineEnd(tokens.map(\.form))).filter { !skipped[$0] }
        // A name is tagged as a familiar name of its kind, then given back its own spelling: the
        // tagger knows "John met France" better than "Odhiambo met Kiribati".
        let stand = kept.map { i in Self.stand(in: mentions.first { $0.mention.tokens.contains(tokenOf[i]) }, for: tokens[i].form) }
        var words = syntax.tag(kept.indices.map { stand[$0] ?? tokens[kept[$0]].form })
        for (k, i) in kept.enumerated() where stand[k] != nil {
            words[k].form = tokens[i].form
            words[k].lemma = tokens[i].form
        }
        return (words, kept.map { tokenOf[$0] })
    }

    /// The familiar name the tagger reads for `form`, a capitalised word of `mention`'s name; none
    /// for a weak mention, which may be no name at all ("Shortly after …").
    private static func stand(in mention: ResolvedMention?, for form: String) -> String? {
        guard let mention, !mention.isWeak, let first = form.unicodeScalars.first, first.properties.isUppercase,
              form.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "." }) else { return nil }
        switch mention.mention.kind {
        case .person, .governmentOf: return "John"
        case .country, .government: return "France"
        case .organization, .namedOrganization: return "NATO"
        case .role, .pronoun: return nil
        }
    }

    private static let possessiveEndings: Set<String> = ["'s", "\u{2019}s", "'", "\u{2019}"]

    /// The token ranges of mentions of two words or more that overlap no other mention (mentions
    /// spread over one list share theirs: "the presidents of Kenya, Uganda and Tanzania").
    private static func collapsible(_ mentions: [ResolvedMention]) -> [Range<Int>] {
        let ranges = Set(mentions.map(\.mention.tokens))
        return ranges.filter { r in r.count >= 2 && !ranges.contains { $0 != r && $0.overlaps(r) } }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Where the text after a dateline starts: capitalised words, commas, parentheses and dates
    /// up to a dash among the first dozen tokens, with a word in capitals or an agency in
    /// parentheses; 0 when there is none.
    static func datelineEnd(_ forms: [String]) -> Int {
        var capitals = false
        for (i, form) in forms.prefix(12).enumerated() {
            if ["\u{2014}", "\u{2013}", "-", "--"].contains(form) { return capitals && i > 0 ? i + 1 : 0 }
            guard let first = form.unicodeScalars.first else { return 0 }
            if form == "(" { capitals = true; continue }
            if form.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) && form.unicodeScalars.count >= 3 {
                capitals = true
            }
            let filler = [",", ".", ")", "(", "/"].contains(form) || first.properties.isUppercase
                || form.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            guard filler else { return 0 }
        }
        return 0
    }

    /// The pairs `row` finds around trigger word `i`.
    private func candidates(_ row: TriggerRow, at i: Int, _ parse: ParsedSentence,
                            _ mentions: [ResolvedMention]) -> [RelationCandidate] {
        let walker = TreeWalker(parse: parse, cues: lexicon.cues, passive: row.wordClass == .verb && parse.isPassive(i))
        var sources: [ResolvedMention] = []
        for path in row.source {
            sources = actors(at: walker.follow(path, from: i), parse, mentions)
            if !sources.isEmpty { break }
        }
        guard !sources.isEmpty else { return [] }
        let trigger = parse.tokenOfWord[i]..<parse.tokenOfWord[i] + 1
        for path in row.target {
            if path.isTogether {
                // A partner named with a preposition the row reads ("held talks with …") that the
                // tree did not attach is no licence to pair the subjects.
                let named = Set(row.target.flatMap(\.prepositions))
                guard !parse.words[(i + 1)...].contains(where: { named.contains($0.form.lowercased()) }) else { continue }
                // Members joined by "and" (or "or"), or "the two leaders"; a comma alone may be an apposition.
                let members = Set(sources.map(\.mention))
                let group = parse.words.indices.filter { w in parse.mentionsOfWord[w].contains { members.contains(mentions[$0].mention) } }
                let joined = members.count < sources.count
                    || group.count >= 2 && parse.hasWord(between: group.min()!, and: group.max()!, where: { $0.deprel == "cc" })
                guard sources.count >= 2, joined else { continue }
                return unique(sources.indices.flatMap { a in
                    sources[(a + 1)...].compactMap { pair(row.relation, sources[a], $0, trigger) }
                })
            }
            let targets = actors(at: walker.follow(path, from: i), parse, mentions)
            let found = sources.flatMap { s in targets.compactMap { pair(row.relation, s, $0, trigger) } }
            if !found.isEmpty { return unique(found) }
        }
        return []
    }

    private func pair(_ relation: RelationKind, _ source: ResolvedMention, _ target: ResolvedMention,
                      _ trigger: Range<Int>) -> RelationCandidate? {
        guard source.actorID != target.actorID else { return nil }
        return RelationCandidate(relation: relation, source: source.actorID, target: target.actorID, trigger: trigger)
    }

    /// The actors the words stand for, each with the words coordinated with it ("X, Y and Z").
    private func actors(at words: [Int], _ parse: ParsedSentence, _ mentions: [ResolvedMention]) -> [ResolvedMention] {
        var found: [ResolvedMention] = []
        var seen: Set<Int> = []
        for word in words {
            for w in parse.coordination(word) {
                for k in self.mentions(at: w, parse, mentions) where seen.insert(k).inserted {
                    found += mentions[k].expanded
                }
            }
        }
        return found
    }

    /// Relations of words that tell a time ("on June 24", "last year").
    private static let timeRelations: Set<String> = ["obl:tmod", "nmod:tmod", "obl:unmarked", "nmod:unmarked", "obl:npmod"]

    /// The mentions word `w` stands for: the ones holding it; else one in an apposition or name
    /// chain on it ("his counterpart, Sergei Lavrov", "the UN call"), not an indefinite one's modifier
    /// ("a UN resolution"); else, for a noun of the `group` set of `cues.tsv`, the group it stands
    /// for ("a delegation of Taliban officials", "ministers from Kenya and Uganda"; "a critic of
    /// Uganda" is no one); else, for a pronoun subject of
    /// reported speech, the reporter ("Washington says it will …"). A weak mention (a lone unknown
    /// name, a pronoun) counts only as a proper noun or a pronoun.
    private func mentions(at w: Int, _ parse: ParsedSentence, _ mentions: [ResolvedMention], depth: Int = 0) -> [Int] {
        let word = parse.words[w]
        // The group a noun names, member by member: the mention may hold only the first.
        var group: [Int] = []
        if word.upos == "NOUN", depth < 2, lexicon.cues.contains(parse.lemma(w), set: "group") {
            for c in parse.dependents(of: w, "nmod") where ["of", "from"].contains(parse.preposition(of: c)) {
                for member in parse.coordination(c) {
                    group += self.mentions(at: member, parse, mentions, depth: depth + 1).filter { !group.contains($0) }
                }
            }
        }
        let holding = parse.mentionsOfWord[w]
        // An office named in apposition by a person: "the Kenyan foreign minister, Amina Odhiambo,".
        if holding.allSatisfy({ if case .role = mentions[$0].mention.kind { true } else { false } }) {
            for c in parse.dependents(of: w, "appos") where parse.words[c].upos == "PROPN" {
                let named = parse.mentionsOfWord[c].filter { k in
                    guard !mentions[k].isWeak, !holding.contains(k), case .person = mentions[k].mention.kind else { return false }
                    return true
                }
                if !named.isEmpty { return named }
            }
        }
        if !holding.isEmpty {
            // A weak mention in a date ("on June 24") is no actor.
            let named = (word.upos == "PROPN" || word.upos == "PRON") && !Self.timeRelations.contains(word.deprel)
            let own = holding.filter { !mentions[$0].isWeak || named }
            return own + group.filter { !own.contains($0) }
        }
        // A compound names the owner unless the noun is indefinite: "the UN call", not "a UN resolution".
        let indefinite = parse.children[w].contains { parse.words[$0].deprel == "det" && ["a", "an"].contains(parse.lemma($0)) }
        // A weak mention counts on a proper noun only.
        let names = { (c: Int) in parse.mentionsOfWord[c].filter { !mentions[$0].isWeak || parse.words[c].upos == "PROPN" } }
        for c in parse.children[w] where ["appos", "flat"].contains(parse.words[c].deprel) || (parse.words[c].deprel == "compound" && !indefinite) {
            guard !names(c).isEmpty else { continue }
            // with the names coordinated with it: "Japan and the United States last month signed"
            var all: [Int] = []
            for member in parse.coordination(c) { all += names(member).filter { !all.contains($0) } }
            return all
        }
        guard depth < 2 else { return [] }
        if !group.isEmpty { return group }
        if word.upos == "PRON", ["nsubj", "nsubj:pass", "expl"].contains(word.deprel), let reporter = reporter(of: w, parse) {
            return self.mentions(at: reporter, parse, mentions, depth: depth + 1)
        }
        return []
    }

    /// The subject of the verb whose reported clause holds subject `w` ("Kenya said it …").
    private func reporter(of w: Int, _ parse: ParsedSentence) -> Int? {
        guard var clause = parse.head(w) else { return nil }
        while ["xcomp", "conj"].contains(parse.words[clause].deprel), let up = parse.head(clause) { clause = up }
        guard parse.words[clause].deprel == "ccomp", let verb = parse.head(clause) else { return nil }
        return parse.dependents(of: verb, "nsubj").first
    }

    private func unique(_ list: [RelationCandidate]) -> [RelationCandidate] {
        guard list.count > 1 else { return list }
        var seen: Set<RelationCandidate> = []
        return list.filter { seen.insert($0).inserted }
    }
}
