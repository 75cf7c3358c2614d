import ActorExtraction
import Dispatch
import Foundation
import Syntax

/// Extracts the articles of many inputs on all cores, a batch at a time, handing the results on
/// in input order, so the output does not depend on scheduling and a large corpus is never held
/// in memory. The lexicon's warnings are said on stderr first, an article's as its batch completes.
struct ExtractionRun: Sendable {
    var lexicon: Lexicon
    /// The tagger, lemmatizer and parser the relations are read with.
    var syntax: SyntaxAnalyzer
    /// Every article's publication date, when given.
    var date: Day?
    /// Articles extracted at once.
    var batchSize = 64

    /// What a run went through.
    struct Tally {
        /// Articles read and extracted.
        var documents = 0
        /// Articles, and inputs or lines that could not be one.
        var inputs = 0
        /// Inputs or lines that could not be an article (each was named on stderr).
        var skipped = 0
        /// UTF-8 bytes of the articles extracted.
        var bytes = 0
    }

    /// Extracts every article of `sources`, passing each result to `consume` in input order and
    /// the running tally to `progress` after each batch.
    ///
    /// One thread hands the previous batch on while the others extract the next, so the order of
    /// the results is kept without leaving cores idle while `consume` runs.
    func extract(_ sources: [InputSource], progress: (Tally) -> Void = { _ in },
                 into consume: (ExtractionResult) throws -> Void) throws -> Tally {
        for warning in lexicon.warnings { Console.warning("\(warning.file):\(warning.line): \(warning.message)") }
        let extractor = ActorExtractor(lexicon: lexicon, syntax: syntax)
        var reader = CorpusReader(sources, date: date)
        var tally = Tally()
        var previous: [Outcome] = []
        var firstNamed: [String: String] = [:]
        while true {
            var batch: [CorpusReader.Item] = []
            while batch.count < batchSize, let item = reader.next() { batch.append(item) }
            var failure: (any Error)?
            let handOnPrevious = {
                do {
                    try Self.handOn(previous, to: consume, counting: &tally, ids: &firstNamed)
                    progress(tally)
                } catch {
                    failure = error
                }
            }
            let outcomes = withoutActuallyEscaping(handOnPrevious) { work in
                extract(batch, with: extractor, alongside: Alongside(run: work))
            }
            if let failure { throw failure }
            guard !batch.isEmpty else { return tally }
            previous = outcomes
        }
    }

    /// Passes a batch's results to `consume` and says its warnings, counting what it held. A
    /// document id seen before in the run (`ids` maps each to the input that had it first) is
    /// named in a warning: the graph counts the two inputs as one document.
    private static func handOn(_ outcomes: [Outcome], to consume: (ExtractionResult) throws -> Void,
                               counting tally: inout Tally, ids: inout [String: String]) throws {
        for outcome in outcomes {
            tally.inputs += 1
            switch outcome {
            case .success(let (results, warnings, bytes, id, name)):
                warnings.forEach(Console.warning)
                if let first = ids[id] {
                    Console.warning("\(name): document id '\(id)' is also the id of \(first); "
                                    + "the graph counts them as one document")
                } else {
                    ids[id] = name
                }
                tally.documents += 1
                tally.bytes += bytes
                for result in results { try consume(result) }
            case .failure(let error):
                Console.warning(error.message)
                tally.skipped += 1
            }
        }
    }

    /// Extracts `batch` on all cores while one of them runs `alongside`.
    private func extract(_ batch: [CorpusReader.Item], with extractor: ActorExtractor,
                         alongside: Alongside) -> [Outcome] {
        let slots = ResultSlots<Outcome>(repeating: .failure(CLIError("not extracted", status: .partial)), count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count + 1) { n in
            guard n > 0 else { return alongside.run() }
            let i = n - 1
            switch batch[i] {
            case .file(let source):
                slots.set(i, Result { () throws(CLIError) in
                    let (document, warning) = try source.load(date: date)
                    return Self.extract(document, warning, source.displayName, with: extractor)
                })
            case .document(let document, let warning):
                slots.set(i, .success(Self.extract(document, warning, document.id, with: extractor)))
            case .skipped(let message):
                slots.set(i, .failure(CLIError(message, status: .partial)))
            }
        }
        return slots.values
    }
}

extension ExtractionRun {
    /// An article's results (one per piece of a huge article), its warnings, its size, its
    /// document id and the name of its input.
    fileprivate typealias Extracted = ([ExtractionResult], [String], Int, id: String, name: String)

    /// An article's results (one per piece of a huge article), its warnings and its size.
    fileprivate static func extract(_ document: Document, _ warning: String?, _ name: String,
                                    with extractor: ActorExtractor) -> Extracted {
        let size = document.text.utf8.count
        let pieces = document.pieces()
        var warnings = warning.map { [$0] } ?? []
        if pieces.count > 1 {
            warnings.append(String(format: "%@: a %.1f MB article, read as %d pieces of at most %d MB; relations across pieces are not joined",
                                   name, Double(size) / 1_000_000, pieces.count, Document.maximumBytes >> 20))
        }
        guard pieces.count > 1 else { return (pieces.map(extractor.extract), warnings, size, document.id, name) }
        let slots = ResultSlots<ExtractionResult?>(repeating: nil, count: pieces.count)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { slots.set($0, extractor.extract(pieces[$0])) }
        return (slots.values.compactMap { $0 }, warnings, size, document.id, name)
    }
}

/// An extracted article (one result per piece) with warnings about it and its size, or why an
/// input was skipped.
private typealias Outcome = Result<ExtractionRun.Extracted, CLIError>

/// Work for one of `concurrentPerform`'s threads: a single iteration runs it, and
/// `concurrentPerform` returns only after it has, so it never runs twice or outlives its captures.
private struct Alongside: @unchecked Sendable {
    let run: () -> Void
}

/// One slot per article, filled from many threads.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value]
    private let lock = NSLock()

    init(repeating value: Value, count: Int) {
        storage = Array(repeating: value, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
