import Foundation
import TestSupport
import Testing

@Suite("actorgraph without its resources")
struct MissingResourcesTests {
    @Test("a binary copied away from its resource bundles says what is missing, in one line, and stops")
    func copiedAway() throws {
        let folder = try Fixtures.temporaryFolder()
        let binary = folder.appendingPathComponent("actorgraph")
        try FileManager.default.copyItem(at: Fixtures.executable, to: binary)
        try "Rain fell.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)

        let parse = try ProcessRunner.run(binary.path, ["parse", "a.txt"], currentDirectory: folder)
        #expect(parse.status == 3)
        #expect(parse.stderr == "actorgraph: error: cannot load the syntax models: ActorGraph_Syntax.resources: not found beside the executable\n")

        let build = try ProcessRunner.run(binary.path, ["build", "a.txt", "-o", "a.dot"], currentDirectory: folder)
        #expect(build.status == 2)
        #expect(build.stderr.contains("ActorGraph_ActorExtraction.resources: not found beside the executable"), "\(build.stderr)")
        #expect(build.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.dot").path))
    }
}
