import Foundation
import TestSupport
import Testing

@Suite("actorgraph build: filters for big graphs")
struct FilterOptionTests {
    private func relations(_ extra: [String]) throws -> [String] {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("g.dot")
        let result = try CLI.run(["build", CLI.examples.path, "-o", out.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let dot = String(decoding: try CLI.bytes(out), as: UTF8.self)
        return dot.components(separatedBy: "relation=").dropFirst().map { String($0.prefix { $0.isLetter }) }
    }

    @Test("--relations keeps the chosen relations")
    func relationList() throws {
        let kept = try relations(["--relations", "warned,supported"])
        #expect(!kept.isEmpty)
        #expect(Set(kept).isSubset(of: ["warned", "supported"]))
    }

    @Test("--min-weight and --top shrink the graph")
    func shrink() throws {
        let all = try relations([])
        #expect(try relations(["--min-weight", "2"]).count < all.count)
        #expect(try relations(["--top", "3"]).count < all.count)
    }

    @Test("bad filter values are one-line errors that say what is valid", arguments: [
        (["--relations", "met,hugged"], "unknown relation 'hugged'"),
        (["--min-weight", "0"], "--min-weight must be a number above 0"),
        (["--top", "0"], "--top must be 1 or more"),
        (["--layout", "spring"], "auto"),
    ])
    func invalid(_ extra: [String], _ message: String) throws {
        let result = try CLI.run(["build", CLI.examples.path, "-o", "/tmp/never.dot"] + extra)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
