import ActorGraph
import ArgumentParser

/// How event records are written: JSON Lines or CSV.
enum EventFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case jsonl
    case csv

    /// The format a file name asks for: `.csv` is CSV; `.jsonl`, `.json` and `.ndjson` JSON Lines.
    init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") {
            self = .csv
        } else if [".jsonl", ".json", ".ndjson"].contains(where: lower.hasSuffix) {
            self = .jsonl
        } else {
            return nil
        }
    }

    /// What comes before the first record.
    var header: String {
        switch self {
        case .jsonl: ""
        case .csv: EventRecord.csvHeader
        }
    }

    /// Appends one record, with its line ending.
    func append(_ record: EventRecord, to out: inout [UInt8]) {
        switch self {
        case .jsonl:
            record.appendJSONLine(to: &out)
            out.append(0x0A)
        case .csv: out += record.csvRow.utf8
        }
    }
}
