import GraphvizOutput
import Testing

@Suite("Output formats")
struct OutputFormatTests {
    @Test("file extensions name formats, ignoring case", arguments: [
        ("dot", OutputFormat.dot), ("gv", .dot), ("GV", .dot), ("svg", .svg), ("graphml", .graphml),
    ])
    func fromExtension(pair: (String, OutputFormat)) {
        #expect(OutputFormat(fileExtension: pair.0) == pair.1)
    }

    @Test("unknown extensions name nothing; every format has its extension")
    func unknown() {
        #expect(OutputFormat(fileExtension: "png") == nil)
        #expect(OutputFormat.allCases.map(\.fileExtension) == ["dot", "svg", "graphml"])
    }
}
