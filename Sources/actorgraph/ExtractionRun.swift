import ActorExtraction
import Dispatch
import Foundation

/// Extracts many documents on all cores; results come back in input order, so the output does
/// not depend on scheduling.
struct ExtractionRun: Sendable {
    var lexicon: Lexicon
    var date: Day?

    struct Batch {
        var results: [ExtractionResult]
        var warnings: [String]
        var skipped: Int
    }

    func extract(_ sources: [InputSource]) -> Batch {
        let stdin: [UInt8]? = sources.contains { $0.url == nil }
            ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : nil
        let extractor = ActorExtractor(lexicon: lexicon)
        let slots = ResultSlots(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { i in
            do {
                let (document, warning) = try sources[i].load(date: date, stdin: stdin)
                slots.set(i, .success((extractor.extract(document), warning)))
            } catch let error as CLIError {
                slots.set(i, .failure(error))
            } catch {
                slots.set(i, .failure(CLIError("\(sources[i].displayName): \(error)", status: .partial)))
            }
        }
        var batch = Batch(results: [], warnings: [], skipped: 0)
        for outcome in slots.values {
            switch outcome {
            case .success(let (result, warning))?:
                batch.results.append(result)
                if let warning { batch.warnings.append(warning) }
            case .failure(let error)?:
                batch.warnings.append(error.message)
                batch.skipped += 1
            case nil:
                break
            }
        }
        return batch
    }
}

/// One slot per input, filled from many threads.
private final class ResultSlots: @unchecked Sendable {
    private var storage: [Result<(ExtractionResult, String?), CLIError>?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<(ExtractionResult, String?), CLIError>) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Result<(ExtractionResult, String?), CLIError>?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
