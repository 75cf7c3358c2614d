import Foundation

/// Everything the extractor knows about the world, read from data files a user can extend.
///
/// The bundled files live in `Resources/Lexicon` (`countries.tsv`, `organizations.tsv`,
/// `titles.tsv`, `relations.tsv`, `modality.tsv`, `common-words.txt`, `name-words.tsv`); each explains its columns
/// in its header. A user lexicon (`--lexicon FILE`) holds rows of any of these tables, each row
/// prefixed by the table's name: `country`, `organization`, `title`, `relation`, `modality`, `word`, `nameword`.
public struct Lexicon: Sendable {
    public private(set) var countries: [String: CountryEntry] = [:]
    public private(set) var organizations: [OrganizationEntry] = []
    public private(set) var entities = PhraseTable<EntityRef>()
    public private(set) var titles = PhraseTable<TitleKind>()
    public private(set) var triggers = PhraseTable<Trigger>()
    public private(set) var modality = PhraseTable<ModalityClass>()
    /// Lowercase words that are never names, even when capitalised at a sentence start.
    public private(set) var commonWords: WordSet = []
    /// Words that tell what an unknown name is ("Institute", "Province", "bin").
    private(set) var nameWords = WordTable<NameWordKind>()

    public init() {}

    /// The lexicon shipped with ActorGraph.
    public static func bundled() throws -> Lexicon {
        var lexicon = Lexicon()
        for table in LexiconTable.allCases {
            guard let url = Bundle.module.url(forResource: table.fileName, withExtension: nil,
                                              subdirectory: "Lexicon") else {
                throw LexiconError(file: table.fileName, line: 0, message: "bundled lexicon file is missing")
            }
            try lexicon.load(url, as: table)
        }
        return lexicon
    }

    /// Adds the rows of a user lexicon file, whose first column names the table of each row.
    public mutating func merge(contentsOf url: URL) throws {
        try load(url, as: nil)
    }

    private mutating func load(_ url: URL, as fixedTable: LexiconTable?) throws {
        let name = url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LexiconError(file: name, line: 0, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: name, line: 0, message: "not UTF-8 text")
        }
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingSpaces().isEmpty || line.hasPrefix("#") { continue }
            var columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingSpaces()
            }
            var table = fixedTable
            if table == nil {
                table = LexiconTable(rawValue: columns.removeFirst())
                guard table != nil else {
                    let known = LexiconTable.allCases.map(\.rawValue).joined(separator: ", ")
                    throw LexiconError(file: name, line: n + 1,
                                       message: "unknown table '\(line.prefix { $0 != "\t" })' (expected one of: \(known))")
                }
            }
            do { try add(columns, to: table!) } catch let message as LexiconRowError {
                throw LexiconError(file: name, line: n + 1, message: message.text)
            }
        }
    }

    private mutating func add(_ c: [String], to table: LexiconTable) throws {
        guard c.count >= table.minimumColumns else {
            throw LexiconRowError(text: "expected \(table.minimumColumns) tab-separated columns (\(table.columns)), found \(c.count)")
        }
        func list(_ i: Int) -> [String] {
            i < c.count ? c[i].split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty } : []
        }
        switch table {
        case .country:
            let iso = c[0].uppercased()
            guard iso.count == 3, iso.allSatisfy(\.isLetter) else {
                throw LexiconRowError(text: "'\(c[0])' is not an ISO 3166-1 alpha-3 code")
            }
            let demonyms = list(3)
            countries[iso] = CountryEntry(iso3: iso, name: c[1], demonym: demonyms.first)
            for n in [c[1]] + list(2) { entities.insert(n, .country(iso3: iso, form: .name)) }
            for d in demonyms { entities.insert(d, .country(iso3: iso, form: .demonym)) }
            for s in list(4) { entities.insert(s, .country(iso3: iso, form: .seat)) }
        case .organization:
            guard let kind = ActorKind(rawValue: c[1]), kind == .organization || kind == .group else {
                throw LexiconRowError(text: "kind '\(c[1])' must be organization or group")
            }
            let country = c.count > 3 && !c[3].isEmpty ? c[3].uppercased() : nil
            organizations.append(OrganizationEntry(name: c[0], kind: kind, country: country))
            for n in [c[0]] + list(2) { entities.insert(n, .organization(organizations.count - 1)) }
        case .title:
            guard let kind = TitleKind(rawValue: c[1]) else {
                throw LexiconRowError(text: "title kind '\(c[1])' must be role, honorific or member")
            }
            titles.insert(c[0], kind)
        case .relation:
            guard let relation = RelationKind(rawValue: c[0]) else {
                let known = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw LexiconRowError(text: "unknown relation '\(c[0])' (expected one of: \(known))")
            }
            guard let frame = TriggerFrame(rawValue: c[1]) else {
                throw LexiconRowError(text: "unknown frame '\(c[1])' (expected active, passive, between, mutual or possessive)")
            }
            triggers.insert(c[2], Trigger(relation: relation, frame: frame))
        case .modality:
            guard let cls = ModalityClass(rawValue: c[0]) else {
                throw LexiconRowError(text: "unknown modality class '\(c[0])'")
            }
            modality.insert(c[1], cls)
        case .word:
            commonWords.insert(Tokenizer.fold(c[0]))
        case .nameword:
            guard let kind = NameWordKind(rawValue: c[1]) else {
                throw LexiconRowError(text: "name word kind '\(c[1])' must be organization, place or particle")
            }
            nameWords.set(Tokenizer.fold(c[0]), kind)
        }
    }
}

/// The tables a lexicon file can hold.
enum LexiconTable: String, CaseIterable {
    case country, organization, title, relation, modality, word, nameword

    var fileName: String {
        switch self {
        case .country: "countries.tsv"
        case .organization: "organizations.tsv"
        case .title: "titles.tsv"
        case .relation: "relations.tsv"
        case .modality: "modality.tsv"
        case .word: "common-words.txt"
        case .nameword: "name-words.tsv"
        }
    }

    var columns: String {
        switch self {
        case .country: "iso3, name, aliases, demonyms, seats"
        case .organization: "name, kind, aliases, affiliation"
        case .title: "title, kind"
        case .relation: "relation, frame, phrase"
        case .modality: "class, phrase"
        case .word: "word"
        case .nameword: "word, kind"
        }
    }

    var minimumColumns: Int {
        switch self {
        case .country, .relation: 3
        case .organization, .title, .modality, .nameword: 2
        case .word: 1
        }
    }
}

/// A lexicon file that cannot be used, with the place of the problem.
public struct LexiconError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String {
        line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
    }
}

private struct LexiconRowError: Error {
    var text: String
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` (tabs and Unicode space separators) without
    /// Foundation's bridging, which took half the time of loading the lexicon.
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// A tab or a space separator (general category Zs), as in `CharacterSet.whitespaces`.
    fileprivate var isSpace: Bool {
        value == 0x09 || value == 0x20 || (!isASCII && properties.generalCategory == .spaceSeparator)
    }
}
