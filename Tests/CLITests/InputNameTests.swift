import Foundation
import TestSupport
import Testing

@Suite("inputs in messages: paths as typed, repeated document ids")
struct InputNameTests {
    @Test("two inputs with the same document id are named in a warning, by build, extract and diff alike")
    func repeatedDocumentID() throws {
        let folder = try CLI.folder(["a/x.txt": CLI.article, "b/x.txt": CLI.article, "c/y.txt": CLI.article])
        let warning = "actorgraph: warning: b/x.txt: document id 'x' is also the id of a/x.txt; the graph counts them as one document\n"
        for arguments in [["build", "a", "b", "c", "--out-dir", "out", "--quiet"],
                          ["extract", "a", "b", "c", "-o", "events.jsonl"],
                          ["diff", "--before", "..2022-12-31", "--after", "2023-01-01..", "a", "b", "c", "-o", "-"]] {
            let result = try CLI.run(arguments, in: folder)
            // diff says 1 when the graphs differ.
            #expect(result.status == (arguments[0] == "diff" ? 1 : 0), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.components(separatedBy: warning).count == 2, "\(arguments[0]): \(result.stderr)")
            #expect(!result.stderr.contains("y.txt"), "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test("merge names a bad file as the command line did, not by its absolute path")
    func mergeNamesFilesAsTyped() throws {
        let folder = try CLI.folder(["events/bad.jsonl": "{\n"])
        let result = try CLI.run(["merge", "events", "-o", "g.dot"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("actorgraph: warning: events/bad.jsonl:1: not valid JSON\n"), "\(result.stderr)")
    }
}
