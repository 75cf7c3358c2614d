/// Finds the phrases in a sentence that refer to actors.
///
/// A mention is read as one noun phrase: an optional determiner, lexicon entities and titles
/// ("Chinese Foreign Minister", "China's domestic security chief", "Afghan president's national
/// security adviser"), then an optional capitalised name. The entities before a name become its
/// affiliation; without a name, a title with an entity is an office ("China's foreign minister") or
/// a collective ("Chinese officials", "the Afghan government"); "of" or "from" with a list spreads
/// it over every entity ("the presidents of Tajikistan, Uzbekistan and Kazakhstan").
public struct MentionTagger: Sendable {
    private let lexicon: Lexicon
    /// The words a mention may start with other than a capitalised name: pronouns, determiners
    /// and the first words of entities and titles.
    private let starters: WordSet
    /// Spellings of trigger lemmas: capitalised at a sentence start, they begin no name ("Talks with …").
    private let triggerForms: TriggerForms

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var starters = Self.pronouns
        for word in Self.determiners.allWords + lexicon.entities.firstWords + lexicon.titles.firstWords {
            starters.insert(word)
        }
        self.starters = starters
        self.triggerForms = TriggerForms(lemmas: lexicon.frames.keys, lemmatizer: nil)
    }

    static let pronouns: WordSet = ["he", "she", "his", "her", "him", "it", "its", "they", "their", "them"]
    static let determiners: WordSet = [
        "the", "a", "an", "several", "some", "many", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "senior", "top", "other", "both", "former", "new", "visiting", "outgoing", "incoming",
        "acting", "then", "interim", "late",
    ]
    static let governmentWords: WordSet = ["government", "administration", "regime", "cabinet", "authorities"]
    static let connectors: WordSet = ["of", "for", "and", "in", "on", "the"]
    /// "the presidents of …", "foreign ministers from …"
    static let listIntroducers: WordSet = ["of", "from"]

    /// The mentions in `sentence`, left to right, not overlapping.
    ///
    /// `lowercaseWords` holds every word the document writes in lowercase (each uncapitalised word
    /// token): a sentence-initial capital on one of those is not a name.
    public func mentions(in sentence: Sentence, lowercaseWords: WordSet) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        let tokens = sentence.tokens
        let allowNames = !isHeadline(tokens, lowercaseWords: lowercaseWords)
        while i < tokens.count {
            if mayStartMention(at: i, in: tokens, allowNames: allowNames),
               let (found, end) = nominal(tokens, at: i, allowNames: allowNames, lowercaseWords: lowercaseWords) {
                if found.count == 1 { result.append(found[0]) } else { result += found }
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether `nominal` can find anything at `token`: a noun phrase starts with a pronoun, a
    /// determiner, an entity or a title, or with a name word, which is capitalised.
    private func mayStartMention(at i: Int, in tokens: [Token], allowNames: Bool) -> Bool {
        (allowNames && tokens[i].kind == .word && tokens[i].isCapitalized)
            || starters.contains(tokens[i].folded, hash: tokens[i].foldedHash)
    }

    /// Capitalised like a headline ("China Urges Closer Afghanistan Ties"): most ordinary words
    /// (ones the lexicon calls common, or the document also writes in lowercase) have capitals, so
    /// capitals do not mark names here. Only words of four letters or more after the first count.
    ///
    /// Every lowercase word is one the document writes in lowercase, so lowercase words that start
    /// no title are ordinary; when even all capitalised words could not outnumber them enough, the
    /// answer is no without looking the capitalised words up.
    private func isHeadline(_ t: [Token], lowercaseWords: WordSet) -> Bool {
        var capitalizedWords = 0
        var ordinaryLowercase = 0
        for i in t.indices.dropFirst() where Self.countsForHeadline(t[i]) {
            if t[i].isCapitalized {
                capitalizedWords += 1
            } else if lexicon.titles.longestMatch(in: t, at: i) == nil {
                ordinaryLowercase += 1
            }
        }
        guard capitalizedWords >= 2, capitalizedWords * 10 >= ordinaryLowercase * 6 else { return false }
        var capitalized = 0
        for i in t.indices.dropFirst() where Self.countsForHeadline(t[i]) && t[i].isCapitalized {
            if lexicon.commonWords.contains(t[i]) || lowercaseWords.contains(t[i]),
               lexicon.titles.longestMatch(in: t, at: i) == nil {
                capitalized += 1
            }
        }
        return capitalized >= 2 && capitalized * 10 >= (ordinaryLowercase + capitalized) * 6
    }

    private static func countsForHeadline(_ token: Token) -> Bool {
        token.kind == .word && token.scalarCount > 3
    }

    /// The mentions of the noun phrase starting at `start`, and where it ends.
    private func nominal(_ t: [Token], at start: Int, allowNames: Bool,
                         lowercaseWords: WordSet) -> ([Mention], Int)? {
        if Self.pronouns.contains(t[start]) {
            return ([mention(.pronoun(t[start].folded), t, start..<start + 1)], start + 1)
        }
        var j = start
        var determiner: String?
        while j + 1 < t.count, Self.determiners.contains(t[j]) {
            determiner = determiner ?? t[j].folded
            j += 1
        }
        var entities: [EntityRef] = []
        var titles: [(text: String, kind: TitleKind)] = []
        var possessive = false
        while j < t.count {
            if let e = lexicon.entities.longestMatch(in: t, at: j) {
                entities.append(e.value)
                j += e.length
            } else if let title = lexicon.titles.longestMatch(in: t, at: j) {
                titles.append((lexicon.fullTitle(Self.folded(t[j..<j + title.length])), title.value))
                j += title.length
            } else if !entities.isEmpty || !titles.isEmpty, let (skip, title) = titleAfterAdjectives(t, at: j) {
                // "a senior Yemeni rebel official", "Russia's top security official"
                titles.append((lexicon.fullTitle(Self.folded(t[j + skip..<j + skip + title.length])), title.value))
                j += skip + title.length
            } else {
                break
            }
            possessive = j < t.count && t[j].isPossessive
            if possessive { j += 1 }
        }
        let nameEnd = allowNames ? properName(t, at: j, lowercaseWords: lowercaseWords) : j
        let affiliation = entities.first.map(Self.affiliation)
        let role = titles.last { $0.kind == .role }?.text
        let title = role ?? titles.last { $0.kind == .honorific }?.text

        if nameEnd > j {
            let name = t[j..<nameEnd].map(\.text)
            var end = nameEnd
            // "the Ghani government", "Ghani's government"
            var k = nameEnd
            if k < t.count, t[k].isPossessive { k += 1 }
            if k < t.count, Self.governmentWords.contains(t[k]) {
                end = k + 1
                return ([mention(.governmentOf(name), t, start..<end)], end)
            }
            switch nameKind(t[j..<nameEnd]) {
            case .place:
                return nil
            case .organization:
                var m = mention(.namedOrganization(name.joined(separator: " ")), t, start..<end)
                m.affiliation = affiliation
                return ([m], end)
            default:
                var m = mention(.person(name), t, start..<end)
                m.affiliation = affiliation
                m.role = title
                return ([m], end)
            }
        }

        if let last = titles.last {
            if last.kind == .honorific { return nil }
            // "the presidents of Tajikistan, Uzbekistan and Kazakhstan", "a delegation of nine Taliban officials"
            if entities.isEmpty, j < t.count, Self.listIntroducers.contains(t[j]) {
                let (list, end) = entityList(t, at: j + 1, lowercaseWords: lowercaseWords)
                if !list.isEmpty {
                    let spread = list.enumerated().map { n, m -> Mention in
                        var m = m
                        switch (last.kind, m.kind) {
                        case (.role, .country(let iso)):
                            m.kind = .role(last.text, of: .country(iso))
                        case (.role, .organization(let index)):
                            m.kind = .role(last.text, of: .organization(index))
                        case (.member, .country(let iso)) where Self.governmentWords.contains(last.text):
                            m.kind = .government(iso)
                        default:
                            break
                        }
                        // The first of the list owns the head words, so it stands where the phrase starts.
                        if n == 0 { m.tokens = start..<m.tokens.upperBound }
                        return m
                    }
                    return (spread, end)
                }
            }
            guard let entity = entities.last else {
                if determiner == "the", start + 1 < t.count, t[start + 1].folded == "two", titles.count == 1 {
                    return ([mention(.pronoun("the two"), t, start..<j)], j)
                }
                if last.kind == .role, determiner == "the", titles.count == 1 {
                    return ([mention(.role(last.text, of: nil), t, start..<j)], j)
                }
                return nil
            }
            if last.kind == .member {
                if case .country(let iso, _) = entity, Self.governmentWords.contains(last.text) {
                    return ([mention(.government(iso), t, start..<j)], j)
                }
                return ([mention(Self.kind(of: entity), t, start..<j)], j)
            }
            var m = mention(.role(last.text, of: Self.affiliation(entity)), t, start..<j)
            m.role = last.text
            return ([m], j)
        }

        guard let entity = entities.last else { return nil }
        if case .country(_, .demonym) = entity, entities.count == 1 {
            // A demonym is an adjective ("Afghan territory") unless it stands for the people ("the Chinese said").
            guard determiner == "the" || possessive,
                  j >= t.count || t[j].kind == .punctuation || t[j].folded.hasSuffix("ed") else { return nil }
        }
        // "a UN resolution", "a Jerusalem court": after "a", a name before a noun only describes it.
        if determiner == "a" || determiner == "an", !possessive, j < t.count, t[j].kind == .word, !t[j].isCapitalized {
            return nil
        }
        return ([mention(Self.kind(of: entity), t, start..<j)], j)
    }

    /// A title after one or two lowercase words, and how many words come before it.
    private func titleAfterAdjectives(_ t: [Token], at j: Int) -> (Int, (length: Int, value: TitleKind))? {
        for skip in 1...2 {
            let k = j + skip
            guard k < t.count, t[k - 1].kind == .word, !t[k - 1].isCapitalized,
                  !lexicon.commonWords.contains(t[k - 1]) else { return nil }
            if let title = lexicon.titles.longestMatch(in: t, at: k), title.value != .honorific { return (skip, title) }
        }
        return nil
    }

    /// Mentions separated by commas and "and", as after "the presidents of".
    private func entityList(_ t: [Token], at start: Int, lowercaseWords: WordSet) -> ([Mention], Int) {
        var list: [Mention] = []
        var j = start
        var end = start
        while j < t.count {
            while j < t.count, t[j].kind == .number { j += 1 }
            guard j < t.count, let (found, next) = nominal(t, at: j, allowNames: true, lowercaseWords: lowercaseWords),
                  let m = found.first, found.count == 1 else { break }
            switch m.kind {
            case .country, .organization, .government, .governmentOf: list.append(m)
            default: return (list, end)
            }
            end = next
            j = next
            if j < t.count, t[j].isMark(",") { j += 1 }
            if j < t.count, t[j].folded == "and" { j += 1 } else if j < t.count, !t[j - 1].isMark(",") { break }
        }
        return (list, end)
    }

    /// The end of a capitalised name starting at `start` (== `start` when there is none).
    private func properName(_ t: [Token], at start: Int, lowercaseWords: WordSet) -> Int {
        guard start < t.count, isNameWord(t[start]) else { return start }
        let first = t[start]
        let sentenceInitial = start == 0 || (start > 0 && t[start - 1].kind == .punctuation && start == 1)
        if sentenceInitial, lowercaseWords.contains(first) || triggerForms.contains(first) {
            return start
        }
        var end = start + 1
        var hasOrganizationWord = lexicon.nameWords.value(for: first) == .organization
        while end < t.count, end - start < 10 {
            let tok = t[end]
            if isNameWord(tok), lexicon.entities.longestMatch(in: t, at: end) == nil || hasOrganizationWord {
                hasOrganizationWord = hasOrganizationWord || lexicon.nameWords.value(for: tok) == .organization
                end += 1
                continue
            }
            if isParticleJoinedName(tok), lexicon.entities.longestMatch(in: t, at: end) == nil {
                end += 1
                continue
            }
            let joinsNext = end + 1 < t.count && isNameWord(t[end + 1])
            if joinsNext, lexicon.nameWords.value(for: tok)?.isParticle == true, !tok.isCapitalized {
                end += 1
                continue
            }
            if hasOrganizationWord, Self.connectors.contains(tok) {
                var k = end + 1
                if k < t.count, t[k].folded == "the" { k += 1 }
                if k < t.count, t[k].isCapitalized, t[k].kind == .word { end = k; continue }
            }
            break
        }
        return end
    }

    private func isNameWord(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, !token.isPossessive else { return false }
        return !lexicon.commonWords.contains(token)
            && (!lexicon.titles.mayStart(with: token) || lexicon.titles.longestMatch(in: [token], at: 0) == nil)
    }

    /// A lowercase particle joined by a hyphen to a capitalised name: "al-Assad", "el-Sisi", "bin-Zayed".
    private func isParticleJoinedName(_ token: Token) -> Bool {
        let text = token.text.unicodeScalars
        guard token.kind == .word, !token.isCapitalized, let hyphen = text.firstIndex(of: "-"),
              text[text.index(after: hyphen)...].first?.properties.isUppercase == true else { return false }
        return lexicon.nameWords[String(text[..<hyphen]).lowercased()]?.isParticle == true
    }

    private func nameKind(_ name: ArraySlice<Token>) -> NameWordKind? {
        var kind: NameWordKind?
        for token in name {
            switch lexicon.nameWords.value(for: token) {
            case .organization?: kind = .organization
            case .place? where kind == nil: kind = .place
            default: break
            }
        }
        return kind
    }

    private func mention(_ kind: Mention.Kind, _ t: [Token], _ range: Range<Int>) -> Mention {
        Mention(kind: kind, tokens: range, affiliation: nil, role: nil, text: Self.text(t[range]))
    }

    /// The phrase as a name: no leading determiner or trailing possessive, "'s" attached.
    static func text(_ tokens: ArraySlice<Token>) -> String {
        var start = tokens.startIndex
        var end = tokens.endIndex
        while end - start > 1, determiners.contains(tokens[start]) { start += 1 }
        while end - start > 1, tokens[end - 1].isPossessive { end -= 1 }
        if end - start == 1 { return tokens[start].isPossessive ? "'s" : tokens[start].text }
        var text = ""
        for k in start..<end {
            if k > start, !tokens[k].isPossessive { text += " " }
            text += tokens[k].isPossessive ? "'s" : tokens[k].text
        }
        return text
    }

    /// The folded words of a phrase, spaced.
    static func folded(_ tokens: ArraySlice<Token>) -> String {
        tokens.count == 1 ? tokens.first!.folded : tokens.map(\.folded).joined(separator: " ")
    }

    static func affiliation(_ entity: EntityRef) -> Mention.Affiliation {
        switch entity {
        case .country(let iso, _): .country(iso)
        case .organization(let index): .organization(index)
        }
    }

    static func kind(of entity: EntityRef) -> Mention.Kind {
        switch entity {
        case .country(let iso, _): .country(iso)
        case .organization(let index): .organization(index)
        }
    }
}
