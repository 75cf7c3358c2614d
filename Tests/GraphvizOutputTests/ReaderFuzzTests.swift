import ActorGraph
import GraphvizOutput
import Testing
import TestSupport

/// Bounded random damage to graphs we wrote: reading must give a graph or an error, never a crash.
@Suite("fuzz: graph readers")
struct ReaderFuzzTests {
    @Test("damaged DOT and GraphML", arguments: [OutputFormat.dot, .graphml])
    func damaged(format: OutputFormat) throws {
        let original = try GraphvizRenderer().render(TestGraphs.hostile, as: format)
        var rng = SeededGenerator(seed: format == .dot ? 1 : 2)
        var errors = 0
        for _ in 0..<300 {
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
