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

    /// Writes every file of `files` (name → bytes) into `folder`, each atomically (a temporary
    /// file, then a rename), so that a failed run never leaves a half-written model.
    static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(TrainError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                try Data(file.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.name), options: .atomic)
            }
        } catch {
            throw TrainError("\(folder): cannot write the model files (\(error.localizedDescription))", status: 3)
        }
    }
}
