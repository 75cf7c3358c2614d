/// A malformed CoNLL-U input: `line` is 1-based; the message names the problem.
public struct CoNLLUError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var problem: String

    public init(line: Int, problem: String) {
        self.line = line
        self.problem = problem
    }

    /// `LINE: problem`; the caller puts the file name in front.
    public var description: String { "\(line): \(problem)" }
}
