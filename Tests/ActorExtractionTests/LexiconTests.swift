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

    @Test("the bundled lexicon loads and knows states, groups, titles and triggers")
    func bundled() {
        let lexicon = Extract.lexicon
        #expect(lexicon.countries["CHN"]?.name == "China")
        #expect(lexicon.organizations.contains { $0.name == "Taliban" })
        #expect(lexicon.triggers.count > 100)
    }

    @Test("a user lexicon adds actors and triggers")
    func userRows() throws {
        var lexicon = Extract.lexicon
        let url = try write("""
            # my additions
            organization\tOrder of the Phoenix\tgroup\tthe Order\t
            relation\tmet\tactive\thuddled with
            """)
        try lexicon.merge(contentsOf: url)
        let r = ActorExtractor(lexicon: lexicon).extract(Document(id: "t", text: "The Order of the Phoenix huddled with Japan."))
        #expect(r.events.map(\.relation) == [.met])
        #expect(r.actors.map(\.name).sorted() == ["Japan", "Order of the Phoenix"])
    }

    @Test("a bad row names the file and line", arguments: [
        ("relation\tmeet\tactive\tx", "unknown relation 'meet'"),
        ("country\tCHINA\tChina\t", "'CHINA' is not an ISO 3166-1 alpha-3 code"),
        ("colour\tred", "unknown table 'colour'"),
        ("title\tking", "expected 2 tab-separated columns"),
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
