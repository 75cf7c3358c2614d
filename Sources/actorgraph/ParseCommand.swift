import ActorExtraction
import ArgumentParser
import Foundation
import Syntax

/// `actorgraph parse`: what the extractor sees, as CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Write the sentences, tokens, tags, lemmas and dependency trees the extractor sees, as CoNLL-U.",
        discussion: """
            The text is split into sentences and tokens in Universal Dependencies English \
            conventions ("did" + "n't"), tagged (UPOS and PTB XPOS), lemmatised and parsed \
            with the models shipped in the package (trained on UD English EWT). Each sentence \
            gets '# sent_id' and '# text'; a token that touches the next one has \
            SpaceAfter=No.

            With --conllu, the tokens and sentence boundaries of the given CoNLL-U file are \
            kept, its comments and MISC column too, and the rest is predicted: this is how \
            accuracy is measured against a treebank. A malformed file is named as \
            FILE:LINE: problem, with exit status 2 and nothing written.

            Examples:
              actorgraph parse article.txt
              echo "Scholz met Macron in Paris." | actorgraph parse -
              actorgraph parse --conllu en_ewt-ud-test.conllu -o predicted.conllu
            """
    )

    @Argument(help: "A text file, or '-' for standard input.")
    var input: String?

    @Option(help: "Keep the tokens and sentences of this CoNLL-U file and predict the rest.")
    var conllu: String?

    @Option(name: [.short, .customLong("output")], help: "The CoNLL-U file to write, or '-' for standard output (the default).")
    var output: String = "-"

    func validate() throws {
        switch (input, conllu) {
        case (nil, nil): throw ValidationError("give a text file (or '-'), or --conllu FILE")
        case (_?, _?): throw ValidationError("give either a text file or --conllu, not both")
        default: break
        }
    }

    func run() throws {
        let sentences = try conllu.map(Self.goldSentences(at:)) ?? Self.textSentences(from: input ?? "-")
        let analyzer = try CorpusOptions.syntax()
        var text = ""
        for sentence in sentences { CoNLLUWriter.append(Self.predicted(sentence, by: analyzer), to: &text) }
        if output == "-" {
            OutputFile.writeStandardOutput(Array(text.utf8))
        } else {
            try OutputFile.write(Array(text.utf8), to: URL(fileURLWithPath: output))
        }
    }

    /// `sentence` with tags, lemmas and tree predicted; its forms, comments, extra lines and MISC kept.
    static func predicted(_ sentence: CoNLLUSentence, by analyzer: SyntaxAnalyzer) -> CoNLLUSentence {
        var result = sentence
        let words = analyzer.analyze(sentence.words.map(\.form))
        for (i, word) in words.enumerated() {
            result.words[i] = SyntaxWord(form: sentence.words[i].form, lemma: word.lemma, upos: word.upos,
                                         xpos: word.xpos, head: word.head, deprel: word.deprel,
                                         misc: sentence.words[i].misc)
        }
        return result
    }

    /// The sentences of a CoNLL-U file, or a one-line error naming the file and line.
    private static func goldSentences(at path: String) throws -> [CoNLLUSentence] {
        if try InputSource.isFolder(path) { throw CLIError("\(path): a folder, not a CoNLL-U file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot read the file") }
        guard let text = String(validating: data, as: UTF8.self) else { throw CLIError("\(path): not valid UTF-8") }
        do {
            return try CoNLLUReader.sentences(in: text)
        } catch {
            throw CLIError("\(path):\(error.line): \(error.problem)")
        }
    }

    /// The sentences of a text article, split and tokenised as the extractor does.
    private static func textSentences(from path: String) throws -> [CoNLLUSentence] {
        let (document, warning) = try textDocument(at: path)
        if let warning { Console.warning(warning) }
        let tokens = Tokenizer().tokens(in: document.text)
        return SentenceSplitter().sentences(from: tokens).map { $0.conllu(id: String($0.index + 1)) }
    }

    /// The article in the file at `path` or on standard input; a binary or unreadable input is an
    /// error, since nothing useful can be made of it.
    static func textDocument(at path: String) throws -> (Document, warning: String?) {
        do {
            if path == "-" {
                let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
                return try InputSource(id: "stdin", path: nil, kind: .text).document(from: bytes, date: nil, skipped: false)
            }
            if try InputSource.isFolder(path) { throw CLIError("\(path): a folder, not a text file") }
            return try InputSource(id: "", path: path, kind: .text).load(date: nil, skipped: false)
        } catch let error as CLIError {
            throw CLIError(error.message, status: .usage)
        }
    }
}
