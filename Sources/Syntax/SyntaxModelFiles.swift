import Foundation

/// The model files of the syntax layer, by name, in one folder (shipped in the package
/// resources under `Models/`, written there by `actorgraph-train`).
public enum SyntaxModelFiles {
    /// The tagger's perceptron (`PerceptronModel` bytes).
    public static let tagger = "tagger.agpm"
    /// The tagger's dictionary of frequent unambiguous words (`TagDictionary` text).
    public static let tagDictionary = "tagger-dictionary.tsv"
    /// The tags each word was seen with (`AmbiguityClasses` text).
    public static let ambiguityClasses = "tagger-classes.tsv"
    /// The dependency parser's perceptron (`DependencyParser` bytes).
    public static let parser = "parser.agpm"
    /// The lemmatizer's base forms and exceptions (`Lemmatizer` text).
    public static let lemmas = "lemmas.tsv"

    /// The folder of the shipped models, or nil when the package resources are missing.
    public static var shippedFolder: URL? {
        PackageResources.bundle(named: "ActorGraph_Syntax")?.url(forResource: "Models", withExtension: nil)
    }

    /// The bytes of `name` in `folder`.
    static func bytes(_ name: String, in folder: URL) throws(SyntaxModelError) -> [UInt8] {
        let url = folder.appendingPathComponent(name)
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw SyntaxModelError(file: url.path, problem: "cannot read the file")
        }
    }

    /// The text of `name` in `folder`, which must be UTF-8.
    static func text(_ name: String, in folder: URL) throws(SyntaxModelError) -> String {
        let bytes = try bytes(name, in: folder)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SyntaxModelError(file: folder.appendingPathComponent(name).path, problem: "not UTF-8 text")
        }
        return text
    }
}

/// A model file that is missing or cannot be read: `FILE: problem`.
public struct SyntaxModelError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(problem)" }
}
