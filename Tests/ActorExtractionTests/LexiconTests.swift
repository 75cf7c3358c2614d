import ActorExtraction
import Foundation
import Testing

@Suite("lexicon files")
struct LexiconTests {
    private func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).tsv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("the bundled lexicon loads and knows states, groups, titles, frames and cues")
    func bundled() {
        let lexicon = Extract.lexicon
        #expect(lexicon.countries["CHN"]?.name == "China")
        #expect(lexicon.organizations.contains { $0.name == "Taliban" })
        #expect(lexicon.frames.values.joined().count > 50)
        #expect(lexicon.frames["meet"]?.contains { $0.wordClass == .verb && $0.relation == .met } == true)
        #expect(lexicon.cues.contains("not", .negation) && lexicon.cues.contains("will", .modal))
        #expect(lexicon.cues.contains("hold", set: "light"))
    }

    @Test("a user lexicon adds actors and triggers")
    func userRows() throws {
        var lexicon = Extract.lexicon
        let url = try write("""
            # my additions
            organization\tOrder of the Phoenix\tgroup\tthe Order\t
            frame\thuddle\tverb\tmet\tnsubj\tobl/with
            """)
        try lexicon.merge(contentsOf: url)
        let r = Extract.extractor(lexicon).extract(Document(id: "t", text: "The Order of the Phoenix huddled with Japan."))
        #expect(r.events.map(\.relation) == [.met])
        #expect(r.actors.map(\.name).sorted() == ["Japan", "Order of the Phoenix"])
    }

    @Test("the bundled lexicon lists each value once: it loads without warnings")
    func bundledHasNoRepeats() {
        #expect(Extract.lexicon.warnings.map(\.description) == [])
    }

    @Test("a row that repeats or is shadowed by an earlier row is a warning naming that row; the earlier row is used")
    func repeatedRows() throws {
        var lexicon = Lexicon()
        let url = try write("""
            # header
            title\tenvoy\trole
            title\tEnvoy\trole
            title\tenvoy\tmember
            frame\tconvene\tverb\tmet\tnsubj\tobl/with
            frame\tconvene\tverb\tmet\tnsubj\ttogether
            frame\tConvene\tverb\tmet\tnsubj\tobl/with
            word\tthe
            word\tThe
            nameword\tInstitute\torganization
            nameword\tinstitute\tplace
            country\tNOR\tNorway\t\tNorwegian
            organization\tNorway\torganization
            country\tnor\tNorway\t\tNorse
            """)
        try lexicon.merge(contentsOf: url)
        let f = url.path
        #expect(lexicon.warnings.map(\.description) == [
            "\(f):3: warning: 'Envoy' repeats \(f):2",
            "\(f):4: warning: 'envoy' is already listed at \(f):2, which takes precedence",
            "\(f):7: warning: 'convene' repeats \(f):5",
            "\(f):9: warning: 'The' repeats \(f):8",
            "\(f):11: warning: 'institute' is already listed at \(f):10, which takes precedence",
            "\(f):13: warning: 'Norway' is already listed at \(f):12, which takes precedence",
            "\(f):14: warning: 'NOR' is already listed at \(f):12, which takes precedence",
            "\(f):14: warning: 'Norway' repeats \(f):12",
        ])
        let tokens = Tokenizer().tokens(in: "the envoy convened with Norway")
        #expect(lexicon.titles.longestMatch(in: tokens, at: 1)?.value == .role)
        #expect(lexicon.frames["convene"]?.map { $0.target.map(\.description) } == [["obl/with"], ["together"]])
        #expect(lexicon.countries["NOR"]?.demonym == "Norwegian")
    }

    @Test("a user row shadowed by a bundled one names the bundled file and line")
    func userRowShadowedByBundled() throws {
        var lexicon = Extract.lexicon
        let url = try write("title\tforeign minister\tmember\n")
        try lexicon.merge(contentsOf: url)
        let warning = try #require(lexicon.warnings.first)
        #expect(lexicon.warnings.count == 1)
        #expect(warning.file == url.path && warning.line == 1)
        #expect(warning.message.hasPrefix("'foreign minister' is already listed at titles.tsv:"))
        #expect(warning.message.hasSuffix(", which takes precedence"))
    }

    @Test("a bad row names the file and line", arguments: [
        ("frame\tmeet\tverb\tmeets\tnsubj\tobj", "unknown relation 'meets'"),
        ("frame\tmeet\tadverb\tmet\tnsubj\tobj", "word class 'adverb' must be verb or noun"),
        ("frame\tmeet\tverb\tmet\tnsubj", "expected 5 tab-separated columns"),
        ("frame\tmeet\tverb\tmet\tnsubj\tobl/with/at", "target path: 'obl/with/at' has more than one '/'"),
        ("frame\tmeet\tverb\tmet\tNSUBJ\tobj", "source path: 'NSUBJ' does not start with a dependency relation"),
        ("frame\tmeet\tverb\tmet\t^obj(light\tobj", "source path: '^obj(light' has no closing ')'"),
        ("frame\tmeet\tverb\tmet\ttogether\tobj", "belongs in the target column"),
        ("frame\tmeet\tverb\tmet\tnsubj\t | ", "the target column names no path"),
        ("cue\tnegation\thardly ever", "a cue is one lemma"),
        ("relation\tmet\tactive\tmet with", "relation phrases became frame rows"),
        ("modality\tnegation\tnot", "modality phrases cue rows"),
        ("country\tCHINA\tChina\t", "'CHINA' is not an ISO 3166-1 alpha-3 code"),
        ("colour\tred", "unknown table 'colour'"),
        ("title\tking", "expected 2 tab-separated columns"),
        ("namevariant\tAbdulaziz\tAbdul Aziz", "'Abdul Aziz' is not one word of a name"),
    ])
    func badRow(_ row: String, _ expected: String) throws {
        var lexicon = Lexicon()
        let url = try write("# header\n" + row + "\n")
        let error = #expect(throws: LexiconError.self) { try lexicon.merge(contentsOf: url) }
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix("\(url.path):2: error: ") == true)
        #expect(error?.message.contains(expected) == true)
    }
}
