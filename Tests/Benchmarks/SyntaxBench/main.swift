// Raw-text and name-span figures for the syntax layer (issue 11). Run by `make syntax-text-bench`:
//     syntax-bench text  [--ewt FILE] [--run-on] [--errors N]
//     syntax-bench names [--trees FILE] [--uner FILE] [--gum FILE] [--gum-trees FILE] [--no-of] [--no-modifiers] [--errors N]
// `text` rebuilds EWT test's documents from their `# text` lines and scores our sentence splitter,
// tokenizer and UD refinement (token F1 on UTF-8 offsets, sentence F1 on sentence spans).
// `names` scores ProperNameFinder on trees (the gold ones by default; `--trees` / `--gum-trees`
// take CoNLL-U predictions with the same tokens, e.g. from `actorgraph parse --conllu`) against the
// PER/ORG/LOC spans of Universal NER and the named person/organization/place mentions of GUM news.
// Files default to $SHARED/ud (SHARED defaults to ../shared). Bad input: one line, exit 2.
import Foundation
import Syntax

/// The command line, taken apart option by option.
struct Arguments {
    var rest: [String]

    /// Removes `--name VALUE` and returns VALUE.
    mutating func option(_ name: String) -> String? {
        guard let i = rest.firstIndex(of: name), i + 1 < rest.count else { return nil }
        let value = rest[i + 1]
        rest.removeSubrange(i...i + 1)
        return value
    }

    /// Removes `--name` and says whether it was there.
    mutating func flag(_ name: String) -> Bool {
        guard let i = rest.firstIndex(of: name) else { return false }
        rest.remove(at: i)
        return true
    }

    /// Fails when something is left that no option took.
    func finish() {
        if !rest.isEmpty { fail("unknown arguments: \(rest.joined(separator: " "))") }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("syntax-bench: \(message)\n".utf8))
    exit(2)
}

func contents(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot read the file") }
    return String(decoding: data, as: UTF8.self)
}

func readSentences(_ path: String) -> [CoNLLUSentence] {
    do {
        return try CoNLLUReader.sentences(in: contents(path))
    } catch {
        fail("\(path):\(error)")
    }
}

let shared = ProcessInfo.processInfo.environment["SHARED"] ?? "../shared"
var arguments = Arguments(rest: Array(CommandLine.arguments.dropFirst()))
let command = arguments.rest.isEmpty ? "" : arguments.rest.removeFirst()
let errors = arguments.option("--errors").flatMap { Int($0) } ?? 0
switch command {
case "text":
    let ewt = arguments.option("--ewt") ?? "\(shared)/ud/en_ewt-ud-test.conllu"
    let runOn = arguments.flag("--run-on")
    arguments.finish()
    TextBench(sentences: readSentences(ewt), runOn: runOn).run(errors: errors)
case "names":
    let uner = arguments.option("--uner") ?? "\(shared)/ud/uner_en_ewt-test.iob2"
    let trees = arguments.option("--trees") ?? "\(shared)/ud/en_ewt-ud-test.conllu"
    let gum = arguments.option("--gum") ?? "\(shared)/ud/en_gum-news.conllu"
    let gumTrees = arguments.option("--gum-trees") ?? gum
    let finder = ProperNameFinder(joinsOf: !arguments.flag("--no-of"), joinsModifiers: !arguments.flag("--no-modifiers"))
    arguments.finish()
    let unerSentences: [IOBSentence]
    do {
        unerSentences = try IOBSentence.read(contents(uner))
    } catch {
        fail("\(uner):\(error)")
    }
    let bench = NameBench(finder: finder, errors: errors)
    bench.runUNER(trees: readSentences(trees), gold: unerSentences)
    bench.runGUM(trees: readSentences(gumTrees), gold: readSentences(gum))
default:
    fail("usage: syntax-bench text|names [options] (see Tests/Benchmarks/SyntaxBench/main.swift)")
}
