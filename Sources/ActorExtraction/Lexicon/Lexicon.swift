import Foundation
import Syntax

/// Everything the extractor knows about the world, read from data files a user can extend.
///
/// The bundled files live in `Resources/Lexicon` (`countries.tsv`, `organizations.tsv`,
/// `titles.tsv`, `frames.tsv`, `cues.tsv`, `common-words.txt`, `name-words.tsv`,
/// `name-variants.tsv`); each explains its columns in its header. A user lexicon (`--lexicon FILE`)
/// holds rows of any of these tables, each row prefixed by the table's name: `country`,
/// `organization`, `title`, `frame`, `cue`, `word`, `nameword`, `namevariant`.
///
/// Actor identity draws on four of them: countries and organisations list every name and
/// abbreviation of one actor ("N. Korea", "DPRK"; an abbreviation of four letters or more in
/// capitals, "NATO", also matches "Nato"); titles may name the full title an abbreviation stands
/// for ("FM", foreign minister); and a personal name is one actor across articles when its
/// `NameKey` is the same, which ignores the articles of `name-words.tsv` inside a name ("Bashar
/// al-Assad", "Bashar Assad") and treats the spellings of `name-variants.tsv` as one ("Antony",
/// "Anthony").
///
/// A value is meant to be listed once. A row that lists one again still loads, with a warning
/// naming the earlier row, which is the one used; a trigger lemma may stand in several frame rows
/// with different relations or paths, all of which are tried.
public struct Lexicon: Sendable {
    public private(set) var countries: [String: CountryEntry] = [:]
    public private(set) var organizations: [OrganizationEntry] = []
    public private(set) var entities = PhraseTable<EntityRef>()
    public private(set) var titles = PhraseTable<TitleKind>()
    /// The rows of `frames.tsv` by trigger lemma, in the order read.
    public private(set) var frames: [String: [TriggerRow]] = [:]
    /// The words of `cues.tsv`.
    public private(set) var cues = CueTable()
    /// The full title an abbreviated one stands for, by the folded words of each ("fm" → "foreign minister").
    private var fullTitles: [String: String] = [:]
    /// Lowercase words that are never names, even when capitalised at a sentence start.
    public private(set) var commonWords: WordSet = []
    /// Words that tell what an unknown name is ("Institute", "Province", "bin").
    private(set) var nameWords = WordTable<NameWordKind>()
    /// Spellings of name parts that stand for each other, and articles a name may leave out.
    public private(set) var nameVariants = NameVariants()
    /// Rows that repeat or are shadowed by an earlier row, in the order read (the bundled files have none).
    public private(set) var warnings: [LexiconWarning] = []
    /// Where each value was listed, for the warnings.
    private var rows = LexiconRows()

    public init() {}

    /// The title the folded title words `title` stand for: the full title of an abbreviation, else `title`.
    public func fullTitle(_ title: String) -> String {
        fullTitles.isEmpty ? title : fullTitles[title] ?? title
    }

    /// The lexicon shipped with ActorGraph.
    public static func bundled() throws -> Lexicon {
        let name = "ActorGraph_ActorExtraction"
        guard let bundle = PackageResources.bundle(named: name) else {
            throw LexiconError(file: "\(name).resources", line: 0, message: "not found beside the executable")
        }
        var lexicon = Lexicon()
        for table in LexiconTable.allCases {
            guard let url = bundle.url(forResource: table.fileName, withExtension: nil, subdirectory: "Lexicon") else {
                throw LexiconError(file: table.fileName, line: 0, message: "bundled lexicon file is missing")
            }
            try lexicon.load(url, named: table.fileName, as: table)
        }
        return lexicon
    }

    /// Adds the rows of a user lexicon file, whose first column names the table of each row.
    public mutating func merge(contentsOf url: URL) throws {
        try load(url, named: url.path, as: nil)
    }

    /// Reads the rows of the file at `url`, naming it `name` in messages and row origins.
    private mutating func load(_ url: URL, named name: String, as fixedTable: LexiconTable?) throws {
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
                    let given = line.prefix { $0 != "\t" }
                    let moved = given == "relation" || given == "modality"
                        ? "; relation phrases became frame rows and modality phrases cue rows, read from the parse tree" : ""
                    throw LexiconError(file: name, line: n + 1,
                                       message: "unknown table '\(given)' (expected one of: \(known))\(moved)")
                }
            }
            do { try add(columns, to: table!, at: LexiconRow(file: name, line: n + 1)) } catch let message as LexiconRowError {
                throw LexiconError(file: name, line: n + 1, message: message.text)
            }
        }
    }

    private mutating func add(_ c: [String], to table: LexiconTable, at row: LexiconRow) throws {
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
            let entry = CountryEntry(iso3: iso, name: c[1], demonym: demonyms.first)
            if let earlier = rows.countries[iso] {
                warn(row, iso, repeats: countries[iso] == entry, earlier)
            } else {
                countries[iso] = entry
                rows.countries[iso] = row
            }
            for n in [c[1]] + list(2) { insert(n, .country(iso3: iso, form: .name), into: \.entities, \.entities, row) }
            for d in demonyms { insert(d, .country(iso3: iso, form: .demonym), into: \.entities, \.entities, row) }
            for s in list(4) { insert(s, .country(iso3: iso, form: .seat), into: \.entities, \.entities, row) }
        case .organization:
            guard let kind = ActorKind(rawValue: c[1]), kind == .organization || kind == .group else {
                throw LexiconRowError(text: "kind '\(c[1])' must be organization or group")
            }
            let country = c.count > 3 && !c[3].isEmpty ? c[3].uppercased() : nil
            organizations.append(OrganizationEntry(name: c[0], kind: kind, country: country))
            for n in [c[0]] + list(2) { insert(n, .organization(organizations.count - 1), into: \.entities, \.entities, row) }
        case .title:
            guard let kind = TitleKind(rawValue: c[1]) else {
                throw LexiconRowError(text: "title kind '\(c[1])' must be role, honorific or member")
            }
            insert(c[0], kind, into: \.titles, \.titles, row)
            if c.count > 2, !c[2].isEmpty {
                let title = Self.foldedWords(c[0])
                if fullTitles[title] == nil { fullTitles[title] = Self.foldedWords(c[2]) }
            }
        case .frame:
            try addFrame(c, at: row)
        case .cue:
            let lemma = c[1].lowercased()
            guard !lemma.isEmpty, !lemma.contains(" ") else {
                throw LexiconRowError(text: "a cue is one lemma, not '\(c[1])'")
            }
            if !cues.insert(lemma, into: c[0].lowercased()) {
                warn(row, lemma, repeats: true, rows.cues["\(c[0].lowercased())\t\(lemma)"] ?? row)
            } else {
                rows.cues["\(c[0].lowercased())\t\(lemma)"] = row
            }
        case .word:
            let word = Tokenizer.fold(c[0])
            if let earlier = rows.commonWords[word] {
                warn(row, c[0], repeats: true, earlier)
            } else {
                commonWords.insert(word)
                rows.commonWords.set(word, row)
            }
        case .nameword:
            guard let kind = NameWordKind(rawValue: c[1]) else {
                throw LexiconRowError(text: "name word kind '\(c[1])' must be organization, place, particle or article")
            }
            let word = Tokenizer.fold(c[0])
            if let earlier = rows.nameWords[word] {
                warn(row, c[0], repeats: nameWords[word] == kind, earlier)
            } else {
                nameWords.set(word, kind)
                rows.nameWords.set(word, row)
                if kind == .article { nameVariants.addArticle(word) }
            }
        case .namevariant:
            for part in [c[0]] + list(1) where NameKey.exact(part).contains(" ") || NameKey.exact(part).isEmpty {
                throw LexiconRowError(text: "'\(part)' is not one word of a name")
            }
            for variant in list(1) {
                let key = NameVariants.key(variant)
                if let earlier = rows.nameVariants[key] {
                    // Two spellings of one name may share a key; a spelling of two names is a conflict.
                    let target = nameVariants.name(spelledAs: NameVariants.key(c[0]))
                    if nameVariants.listed(variant) != target { warn(row, variant, repeats: false, earlier) }
                } else {
                    nameVariants.add(variant, of: c[0])
                    rows.nameVariants[key] = row
                }
            }
        }
    }

    /// Adds a row of `frames.tsv`: lemma, class, relation, source paths, target paths.
    private mutating func addFrame(_ c: [String], at row: LexiconRow) throws {
        guard c.count >= 5 else {
            throw LexiconRowError(text: "expected 5 tab-separated columns (\(LexiconTable.frame.columns)), found \(c.count)")
        }
        guard let wordClass = TriggerRow.WordClass(rawValue: c[1]) else {
            throw LexiconRowError(text: "word class '\(c[1])' must be verb or noun")
        }
        guard let relation = RelationKind(rawValue: c[2]) else {
            let known = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw LexiconRowError(text: "unknown relation '\(c[2])' (expected one of: \(known))")
        }
        func paths(_ text: String, _ column: String) throws -> [TreePath] {
            let parts = text.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard !parts.isEmpty else { throw LexiconRowError(text: "the \(column) column names no path") }
            do {
                return try parts.map { part throws(TreePathError) in try TreePath(parsing: part) }
            } catch {
                throw LexiconRowError(text: "\(column) path: \(error.message)")
            }
        }
        let source = try paths(c[3], "source")
        guard !source.contains(where: \.isTogether) else {
            throw LexiconRowError(text: "'together' pairs the source's members, so it belongs in the target column")
        }
        let lemma = c[0].lowercased()
        var time = TriggerRow.Time.done
        if c.count > 5, !c[5].isEmpty {
            guard let given = TriggerRow.Time(rawValue: c[5]) else {
                throw LexiconRowError(text: "time '\(c[5])' must be done or announced")
            }
            time = given
        }
        let entry = TriggerRow(lemma: lemma, wordClass: wordClass, relation: relation, source: source,
                               target: try paths(c[4], "target"), time: time, origin: row.description)
        if let earlier = frames[lemma]?.first(where: { $0.reads(like: entry) }) {
            warn(row, lemma, repeats: true, LexiconRow(origin: earlier.origin) ?? row)
            return
        }
        frames[lemma, default: []].append(entry)
    }

    /// Adds a phrase to one of the phrase tables, noting its row, and warns when an earlier row
    /// has the same phrase: with the same value, or (unless `otherValuesApply`, as for relation
    /// phrases, where every value is tried) with another value that shadows this one.
    private mutating func insert<Value: Equatable>(
        _ phrase: String, _ value: Value, into table: WritableKeyPath<Lexicon, PhraseTable<Value>>,
        _ places: WritableKeyPath<LexiconRows, [LexiconRow]>, _ row: LexiconRow, otherValuesApply: Bool = false
    ) {
        let count = self[keyPath: table].count
        let earlier = self[keyPath: table].insert(phrase, value)
        guard self[keyPath: table].count > count else { return }
        rows[keyPath: places].append(row)
        let repeated = earlier.first { $0.value == value }
        guard let first = repeated ?? (otherValuesApply ? nil : earlier.first) else { return }
        let earlierRow = rows[keyPath: places][first.order]
        if earlierRow != row { warn(row, phrase, repeats: repeated != nil, earlierRow) }
    }

    /// The folded words of `phrase`, spaced, as the mention tagger writes a title.
    private static func foldedWords(_ phrase: String) -> String {
        Tokenizer().tokens(in: phrase).map(\.folded).joined(separator: " ")
    }

    /// Notes that `row` lists `value` again, after `earlier`: one warning for all the values of a
    /// row that repeat (or are shadowed by) the same earlier row.
    private mutating func warn(_ row: LexiconRow, _ value: String, repeats: Bool, _ earlier: LexiconRow) {
        var note = LexiconRows.Note(row: row, earlier: earlier, repeats: repeats, values: [value])
        if let last = rows.lastNote, last.row == row, last.earlier == earlier, last.repeats == repeats {
            note.values = last.values + note.values
            warnings.removeLast()
        }
        rows.lastNote = note
        warnings.append(LexiconWarning(file: row.file, line: row.line, message: note.message))
    }
}

/// The tables a lexicon file can hold.
enum LexiconTable: String, CaseIterable {
    case country, organization, title, frame, cue, word, nameword, namevariant

    var fileName: String {
        switch self {
        case .country: "countries.tsv"
        case .organization: "organizations.tsv"
        case .title: "titles.tsv"
        case .frame: "frames.tsv"
        case .cue: "cues.tsv"
        case .word: "common-words.txt"
        case .nameword: "name-words.tsv"
        case .namevariant: "name-variants.tsv"
        }
    }

    var columns: String {
        switch self {
        case .country: "iso3, name, aliases, demonyms, seats"
        case .organization: "name, kind, aliases, affiliation"
        case .title: "title, kind, full title"
        case .frame: "lemma, class, relation, source, target, time"
        case .cue: "class, lemma"
        case .word: "word"
        case .nameword: "word, kind"
        case .namevariant: "name, variants"
        }
    }

    var minimumColumns: Int {
        switch self {
        case .frame: 5
        case .country: 3
        case .organization, .title, .cue, .nameword, .namevariant: 2
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
