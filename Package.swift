// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .executable(name: "actorgraph-train", targets: ["actorgraph-train"]),
        .library(name: "Syntax", targets: ["Syntax"]),
        .library(name: "ActorExtraction", targets: ["ActorExtraction"]),
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "GraphvizOutput", targets: ["GraphvizOutput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // tokens → tags, lemmas and dependency trees: CoNLL-U, averaged perceptron, tagger, parser
        .target(name: "Syntax", resources: [.copy("Resources/Models")]),
        // text → document → sentences → mentions → actors → events
        .target(
            name: "ActorExtraction",
            dependencies: ["Syntax"],
            resources: [.copy("Resources/Lexicon")]
        ),
        // events → weighted relation graph, and graph diffs
        .target(name: "ActorGraph", dependencies: ["ActorExtraction"]),
        // the only importer of CGraphviz: DOT, SVG and GraphML through libcgraph/libgvc
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "GraphvizOutput", dependencies: ["ActorGraph", "CGraphviz"]),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorExtraction", "ActorGraph", "GraphvizOutput", "Syntax",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make model`: trains the syntax models on UD English EWT and evaluates them
        .executableTarget(
            name: "actorgraph-train",
            dependencies: ["Syntax", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "TestSupport", dependencies: ["Syntax"], path: "Tests/TestSupport"),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "TestSupport"]),
        .testTarget(name: "ActorExtractionTests", dependencies: ["ActorExtraction", "Syntax", "TestSupport"]),
        .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph", "TestSupport"]),
        .testTarget(name: "GraphvizOutputTests", dependencies: ["GraphvizOutput", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["actorgraph", "Syntax", "TestSupport"]),
        // `make bench`: times GraphML and DOT writing of a 100,000-edge graph
        .executableTarget(name: "graph-write-bench", dependencies: ["ActorGraph", "GraphvizOutput"],
                          path: "Tests/Benchmarks/GraphWriteBench"),
        // `make syntax-text-bench`: raw-text token and sentence F1 on EWT test, name spans on UNER and GUM
        .executableTarget(name: "syntax-bench", dependencies: ["ActorExtraction", "Syntax"],
                          path: "Tests/Benchmarks/SyntaxBench", exclude: ["README.md"]),
    ],
    swiftLanguageModes: [.v6]
)
