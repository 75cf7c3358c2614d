/// Gives every mention in one document its actor, joining names, short names, offices and pronouns.
///
/// Use it in two passes: `register` every mention of the document first (so that an office such as
/// "foreign ministers from China and Pakistan" can name people introduced later), then `resolve`
/// them in reading order (so that "he" and "Wang" go to the latest fitting person).
public struct ActorResolver: Sendable {
    private let lexicon: Lexicon
    private var people: [Person] = []
    /// People in the order they were last mentioned, latest last, each once.
    private var recentPeople: [Int] = []
    private var lastPerson: Int? {
        get { recentPeople.last }
        set {
            guard let newValue else { return }
            recentPeople.removeAll { $0 == newValue }
            recentPeople.append(newValue)
        }
    }
    /// The actors in the order they were first named; `actorIndex` finds one by id.
    private var actorList: [Actor] = []
    private var actorIndex: [String: Int] = [:]

    /// The actors named so far, sorted by id.
    public var actors: [Actor] {
        actorList.sorted { $0.id < $1.id }
    }

    struct Person: Sendable {
        private(set) var words: [String]
        private(set) var name: String
        var roles: Set<String> = []
        var affiliation: Mention.Affiliation?
        var lastSeen = -1
        /// The name keys of `words`, kept with them.
        private(set) var keys: Keys
        var id: String { keys.id }
        /// The index in `actorList` of the actor `id` names, once known.
        var actor: Int?

        /// A person named `words`, whose `NameKey.parts` are `parts`.
        init(words: [String], parts: [String]) {
            self.words = words
            self.name = words.joined(separator: " ")
            self.keys = Keys(parts: parts)
        }

        /// Gives the person a fuller name (`words`, with key parts `parts`), and so a new id and actor.
        mutating func rename(_ words: [String], parts: [String]) {
            self.words = words
            name = words.joined(separator: " ")
            keys = Keys(parts: parts)
            actor = nil
        }

        struct Keys: Sendable {
            /// `NameKey.parts(words)`.
            var parts: [String]
            /// `NameKey.person(words)`.
            var person: String
            var id: String

            init(parts: [String]) {
                self.parts = parts
                person = parts.joined(separator: " ")
                id = "person:" + person
            }
        }
    }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        // A news article names a few dozen actors: room for them saves growing the table while reading.
        actorIndex.reserveCapacity(64)
    }

    /// Records the people a mention names, with their offices and affiliations; `apposition` is a
    /// mention set off after it by a comma ("Atmar, adviser to the Afghan president").
    public mutating func register(_ mention: Mention, apposition: Mention? = nil) {
        guard case .person(let words) = mention.kind, words.count >= 2 else { return }
        let parts = NameKey.parts(words, variants: lexicon.nameVariants)
        let index = personIndex(matching: parts) ?? {
            people.append(Person(words: words, parts: parts))
            return people.count - 1
        }()
        if words.count > people[index].words.count {
            people[index].rename(words, parts: parts)
        }
        if let role = mention.role { people[index].roles.insert(Self.singular(role)) }
        if people[index].affiliation == nil {
            people[index].affiliation = mention.affiliation ?? apposition.flatMap(Self.affiliation(of:))
        }
        if let role = apposition?.role ?? apposition.flatMap(Self.roleName(of:)) {
            people[index].roles.insert(Self.singular(role))
        }
    }

    /// The actor of `mention`, seen at position `order` in reading order; `nil` when it names no one
    /// the resolver can pin down.
    public mutating func resolve(_ mention: Mention, order: Int) -> ResolvedMention? {
        var weak = false
        let actor: Int?
        switch mention.kind {
        case .person(let words):
            let parts = NameKey.parts(words, variants: lexicon.nameVariants)
            if let index = person(named: words, parts: parts) {
                people[index].lastSeen = order
                lastPerson = index
                actor = touchPerson(index)
            } else {
                weak = words.count == 1 && mention.role == nil && mention.affiliation == nil
                actor = touch("person:" + parts.joined(separator: " "), name: words.joined(separator: " "), kind: .person,
                              affiliation: mention.affiliation)
            }
        case .country(let iso):
            actor = touchCountry(iso)
        case .government(let iso):
            let name = lexicon.countries[iso].map { c in c.demonym.map { "\($0) government" } ?? "Government of \(c.name)" }
            actor = touch("gov:" + iso, name: name ?? "\(iso) government", kind: .country, affiliation: .country(iso))
        case .governmentOf(let words):
            let index = person(named: words, parts: NameKey.parts(words, variants: lexicon.nameVariants))
            let who = index.map { people[$0].words } ?? words
            if let index, case .country(let iso)? = people[index].affiliation {
                actor = touch("gov:" + iso, name: lexicon.countries[iso].flatMap(\.demonym).map { "\($0) government" } ?? "\(iso) government",
                              kind: .country, affiliation: .country(iso))
            } else {
                actor = touch("gov:person:" + NameKey.exact(who.last ?? ""), name: who.joined(separator: " ") + " government",
                              kind: .country, affiliation: nil)
            }
        case .organization(let index):
            let org = lexicon.organizations[index]
            actor = touch("org:" + NameKey.exact(org.name), name: org.name, kind: org.kind,
                          affiliation: org.country.map { .country($0) })
        case .namedOrganization(let name):
            actor = touch("org:" + NameKey.exact(name), name: name, kind: .organization, affiliation: mention.affiliation)
        case .role(let role, let of):
            actor = resolveRole(Self.singular(role), of: of, order: order)
        case .pronoun(let word):
            if word == "the two", recentPeople.count >= 2 {
                // "the two leaders": the two people mentioned last.
                let pair = recentPeople.suffix(2).map { touchPerson($0) }
                actorList[pair[0]].mentions += 1
                return ResolvedMention(mention: mention, actorID: actorList[pair[0]].id, isWeak: false,
                                       partner: actorList[pair[1]].id)
            }
            guard Self.isPersonalPronoun(word), let index = lastPerson else { return nil }
            weak = true
            actor = touchPerson(index)
        }
        guard let actor else { return nil }
        actorList[actor].mentions += 1
        if case .pronoun = mention.kind {} else { noteAlias(mention.text, for: actor) }
        return ResolvedMention(mention: mention, actorID: actorList[actor].id, isWeak: weak)
    }

    // MARK: - People

    /// The person whose name has the key parts `parts`, or whose name holds them all or is held by them
    /// with the same last part ("Haneef Atmar" and "Mohammad Hanif Atmar").
    private func personIndex(matching parts: [String]) -> Int? {
        let key = parts.joined(separator: " ")
        if let i = people.indices.first(where: { people[$0].keys.person == key }) { return i }
        return people.indices.first { i in
            let other = people[i].keys.parts
            guard other.last == parts.last else { return false }
            return other.allSatisfy(parts.contains) || parts.allSatisfy(other.contains)
        }
    }

    /// The person a full or partial name (`words`, with key parts `parts`) refers to, preferring the
    /// most recently mentioned.
    private func person(named words: [String], parts: [String]) -> Int? {
        if words.count >= 2 || parts.count >= 2 { return personIndex(matching: parts) }
        guard let part = parts.first else { return nil }
        return people.indices.lazy
            .filter { people[$0].keys.parts.contains(part) }
            .max { (people[$0].lastSeen, -$0) < (people[$1].lastSeen, -$1) }
    }

    /// The actor of person `index`, made or updated from the person's name.
    private mutating func touchPerson(_ index: Int) -> Int {
        if let actor = people[index].actor {
            rename(actor, to: people[index].name)
            return actor
        }
        let p = people[index]
        let actor = touch(p.id, name: p.name, kind: .person, affiliation: p.affiliation)
        people[index].actor = actor
        return actor
    }

    private mutating func resolveRole(_ role: String, of affiliation: Mention.Affiliation?, order: Int) -> Int? {
        let holders = people.indices.filter { i in
            (affiliation == nil || people[i].affiliation == affiliation)
                && (role == "counterpart" || people[i].roles.contains { Self.sameRole($0, role) })
        }
        if affiliation == nil {
            guard let index = holders.filter({ people[$0].lastSeen >= 0 && people[$0].lastSeen <= order })
                .max(by: { people[$0].lastSeen < people[$1].lastSeen }) else { return nil }
            return touchPerson(index)
        }
        if holders.count == 1, let index = holders.first {
            people[index].lastSeen = order
            lastPerson = index
            return touchPerson(index)
        }
        guard let affiliation, role != "counterpart" else { return nil }
        return touch("role:\(key(of: affiliation)):\(role)", name: "\(owner(of: affiliation)) \(role)", kind: .person,
                     affiliation: affiliation)
    }

    // MARK: - Actors

    /// The actor of state `iso`; the name is looked up only for a new one, as states are named often.
    private mutating func touchCountry(_ iso: String) -> Int {
        let id = "country:" + iso
        let (actor, isNew) = slot(for: id)
        if isNew { add(id, name: lexicon.countries[iso]?.name ?? iso, kind: .country, affiliation: .country(iso)) }
        return actor
    }

    /// Keeps how the text named the actor ("Beijing", "Chinese officials", "Iran's supreme leader").
    private mutating func noteAlias(_ text: String, for actor: Int) {
        guard !text.isEmpty, text != actorList[actor].name, Self.wordCount(text) <= 8 else { return }
        actorList[actor].aliases.insert(text)
    }

    /// The index in `actorList` of the actor `id`, added when new; a person keeps the longest of its names.
    private mutating func touch(_ id: String, name: String, kind: ActorKind, affiliation: Mention.Affiliation?) -> Int {
        let (actor, isNew) = slot(for: id)
        if isNew {
            add(id, name: name, kind: kind, affiliation: affiliation)
        } else if kind == .person {
            rename(actor, to: name)
        }
        return actor
    }

    /// The index of actor `id` in `actorList`, taking the next index for a new `id`, which the caller
    /// must then `add`; `id` is hashed once either way.
    private mutating func slot(for id: String) -> (index: Int, isNew: Bool) {
        let next = actorList.count
        let index = Self.read(&actorIndex[id, default: next])
        return (index, index == next)
    }

    /// `value`, read through a mutable access, which makes a dictionary's `default:` subscript store its default.
    private static func read(_ value: inout Int) -> Int { value }

    /// Appends the actor `slot(for: id)` has just reserved an index for.
    private mutating func add(_ id: String, name: String, kind: ActorKind, affiliation: Mention.Affiliation?) {
        actorList.append(Actor(id: id, name: name, kind: kind, affiliation: affiliation.map { owner(of: $0, demonym: false) },
                               country: affiliation.flatMap(iso(of:))))
    }

    /// Makes `name` the name of `actor` when it is longer, keeping the old name as an alias.
    private mutating func rename(_ actor: Int, to name: String) {
        guard name != actorList[actor].name, name.count > actorList[actor].name.count else { return }
        actorList[actor].aliases.insert(actorList[actor].name)
        actorList[actor].name = name
    }

    /// The state or group `affiliation` names, a state by its demonym when `demonym` and it has one.
    private func owner(of affiliation: Mention.Affiliation, demonym: Bool = true) -> String {
        switch affiliation {
        case .country(let iso):
            let c = lexicon.countries[iso]
            return (demonym ? c?.demonym : nil) ?? c?.name ?? iso
        case .organization(let index):
            return lexicon.organizations[index].name
        case .named(let name):
            return name
        }
    }

    /// The part of a role's id that stands for `affiliation`.
    private func key(of affiliation: Mention.Affiliation) -> String {
        switch affiliation {
        case .country(let iso): iso
        case .organization, .named: NameKey.exact(owner(of: affiliation))
        }
    }

    private func iso(of affiliation: Mention.Affiliation) -> String? {
        switch affiliation {
        case .country(let iso): iso
        case .organization(let index): lexicon.organizations[index].country
        case .named: nil
        }
    }

    // MARK: - Helpers

    /// `text.split(separator: " ").count`, counted on the bytes when the text is ASCII.
    static func wordCount(_ text: String) -> Int {
        var text = text
        let ascii = text.withUTF8 { b -> Int? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            var count = 0
            var inWord = false
            for c in b {
                if c == UInt8(ascii: " ") {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
        return ascii ?? text.split(separator: " ").count
    }

    static func affiliation(of mention: Mention) -> Mention.Affiliation? {
        switch mention.kind {
        case .country(let iso), .government(let iso): .country(iso)
        case .organization(let index): .organization(index)
        case .namedOrganization(let name): mention.affiliation ?? .named(name)
        case .role(_, let of): of
        default: mention.affiliation
        }
    }

    /// "he", "she", "his", "her" or "him": a pronoun that stands for the person mentioned last.
    static func isPersonalPronoun(_ word: String) -> Bool {
        switch word {
        case "he", "she", "his", "her", "him": true
        default: false
        }
    }

    static func roleName(of mention: Mention) -> String? {
        if case .role(let role, _) = mention.kind { return role }
        return nil
    }

    /// "foreign minister" and "minister" are the same office; "vice president" and "president" are not.
    static func sameRole(_ a: String, _ b: String) -> Bool {
        func narrows(_ long: String, _ short: String) -> Bool {
            guard long.hasSuffix(" " + short) else { return false }
            return !["vice", "deputy", "former", "acting", "assistant"].contains(words(of: long).first ?? "")
        }
        return a == b || narrows(a, b) || narrows(b, a)
    }

    /// `text.split(separator: " ")` as strings, split on the bytes when the text is ASCII (where every
    /// character is one byte, or CR LF, which never holds a space).
    private static func words(of text: String) -> [String] {
        var text = text
        let ascii = text.withUTF8 { b -> [String]? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            return b.split(separator: UInt8(ascii: " ")).map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        return ascii ?? text.split(separator: " ").map(String.init)
    }

    /// "presidents" → "president", "heads of state" → "head of state", "spokesmen" → "spokesman".
    static func singular(_ role: String) -> String {
        var words = words(of: role)
        let head = words.contains("of") ? 0 : words.count - 1
        guard head >= 0, head < words.count else { return role }
        let w = words[head]
        if w.hasSuffix("men") { words[head] = String(w.dropLast(3)) + "man" }
        else if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { words[head] = String(w.dropLast()) }
        return words.joined(separator: " ")
    }
}
