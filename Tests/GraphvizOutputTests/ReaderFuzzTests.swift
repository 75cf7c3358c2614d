import ActorGraph
import GraphvizOutput
import Testing
import TestSupport

/// Bounded random damage to graphs we wrote: reading must give a graph or an error, never a crash.
@Suite("fuzz: graph readers")
struct ReaderFuzzTests {
    @Test("damaged DOT and GraphML", arguments: [(OutputFormat.dot, UInt64(1)), (.dot, 3), (.graphml, 2), (.graphml, 4)] as [(OutputFormat, UInt64)])
    func damaged(format: OutputFormat, seed: UInt64) throws {
        let original = try GraphvizRenderer().render(TestGraphs.hostile, as: format)
        var rng = SeededGenerator(seed: seed)
        var errors = 0
        try FuzzBudget.run(iterations: 150) { _ in
            let bytes = rng.mutate(original)
            do {
                _ = try GraphReader().read(bytes, format: format, name: "fuzz.\(format.fileExtension)")
            } catch is GraphReadError {
                errors += 1
            }
        }
        #expect(errors > 0)
        // The reader still works after all those failures.
        #expect(try GraphReader().read(original, format: format, name: "ok") == TestGraphs.hostile)
    }
}
