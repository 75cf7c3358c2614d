import Foundation
import Syntax

/// Reading CoNLL-U files and writing model files for the commands.
enum Treebank {
    /// The sentences of the CoNLL-U file at `path`; errors name the file and line.
    static func read(_ path: String) throws(TrainError) -> [CoNLLUSentence] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainError("\(path): cannot read the file") }
        guard let text = String(validating: data, as: UTF8.self) else { throw TrainError("\(path): not UTF-8 text") }
        do {
            return try CoNLLUReader.sentences(in: text)
        } catch {
            throw TrainError("\(path):\(error.line): \(error.problem)")
        }
    }

    /// Writes every file of `files` (name → bytes) into `folder`: all into temporary files
    /// first, then each renamed over its target, so that a failed run never leaves a
    /// half-written model nor a new file beside an old one.
    static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(TrainError) {
        let directory = URL(fileURLWithPath: folder)
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporaries = files.map { directory.appendingPathComponent(".\($0.name).\(pid).tmp") }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (file, temporary) in zip(files, temporaries) { try Data(file.bytes).write(to: temporary) }
        } catch {
            for temporary in temporaries { try? FileManager.default.removeItem(at: temporary) }
            throw TrainError("\(folder): cannot write the model files (\(error.localizedDescription))", status: 3)
        }
        for (file, temporary) in zip(files, temporaries) {
            let target = directory.appendingPathComponent(file.name)
            guard rename(temporary.path, target.path) == 0 else {
                throw TrainError("\(target.path): cannot replace the file", status: 3)
            }
        }
    }
}
