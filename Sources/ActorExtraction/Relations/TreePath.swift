/// A way from a trigger word to an actor's word through the dependency tree, as `frames.tsv`
/// writes it: `nsubj`, `obl/with`, `xcomp>obj>nmod/on`, `^obj(@light)>nsubj`, or `together`.
public struct TreePath: Hashable, Sendable, CustomStringConvertible {
    /// One edge of the tree.
    public enum Step: Hashable, Sendable {
        /// Down to a dependent with `relation`, which has `preposition` as its `case` word when given.
        case down(relation: String, preposition: String?)
        /// Up to the head the current word depends on with `relation`; the head's lemma must be in
        /// `lemmas` (a list, or `@name`: a set of `cues.tsv`) when given.
        case up(relation: String, lemmas: LemmaSet?)
    }

    /// The lemmas a step accepts: listed in the path, or a named set of `cues.tsv`.
    public enum LemmaSet: Hashable, Sendable {
        case listed(Set<String>)
        case named(String)
    }

    public var steps: [Step]
    /// `together`: the members of the source's coordination, paired with each other.
    public var isTogether: Bool { steps.isEmpty }

    public var description: String {
        if steps.isEmpty { return "together" }
        return steps.map { step in
            switch step {
            case let .down(relation, preposition?): "\(relation)/\(preposition)"
            case let .down(relation, nil): relation
            case let .up(relation, nil): "^\(relation)"
            case let .up(relation, .listed(lemmas)?): "^\(relation)(\(lemmas.sorted().joined(separator: ",")))"
            case let .up(relation, .named(name)?): "^\(relation)(@\(name))"
            }
        }.joined(separator: ">")
    }

    public init(steps: [Step]) {
        self.steps = steps
    }

    /// Reads one path; `nil` with the reason when it is not one.
    public init(parsing text: String) throws(TreePathError) {
        if text == "together" {
            steps = []
            return
        }
        steps = try text.split(separator: ">", omittingEmptySubsequences: false).map { part throws(TreePathError) in
            try Self.step(String(part))
        }
    }

    private static func step(_ text: String) throws(TreePathError) -> Step {
        if text.hasPrefix("^") {
            var body = text.dropFirst()
            var lemmas: LemmaSet?
            if let open = body.firstIndex(of: "(") {
                guard body.hasSuffix(")") else { throw TreePathError("'\(text)' has no closing ')'") }
                let inside = body[body.index(after: open)..<body.index(before: body.endIndex)]
                if inside.hasPrefix("@") {
                    lemmas = .named(String(inside.dropFirst()))
                } else {
                    lemmas = .listed(Set(inside.split(separator: ",").map { $0.lowercased() }))
                }
                body = body[..<open]
            }
            return .up(relation: try relation(String(body), in: text), lemmas: lemmas)
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw TreePathError("'\(text)' has more than one '/'") }
        let preposition = parts.count == 2 ? parts[1].lowercased() : nil
        if preposition?.isEmpty == true { throw TreePathError("'\(text)' names no preposition after '/'") }
        return .down(relation: try relation(String(parts[0]), in: text), preposition: preposition)
    }

    private static func relation(_ name: String, in step: String) throws(TreePathError) -> String {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == ":") }) else {
            throw TreePathError("'\(step)' does not start with a dependency relation such as obj or obl")
        }
        return name
    }

    /// The prepositions the path's steps name.
    var prepositions: [String] {
        steps.compactMap { if case let .down(_, preposition?) = $0 { preposition } else { nil } }
    }

    /// Whether the path can reach anything in a sentence with these words: each preposition it
    /// names is among `forms` and each lemma set it climbs through meets `lemmas`; `together`
    /// needs a coordinating word (`hasConjunction`). Checked on tags, before parsing.
    func isPossible(forms: Set<String>, lemmas: Set<String>, hasConjunction: Bool, cues: CueTable) -> Bool {
        if isTogether { return hasConjunction }
        return steps.allSatisfy { step in
            switch step {
            case let .down(_, preposition?): forms.contains(preposition)
            case .down(_, nil), .up(_, nil): true
            case let .up(_, .listed(set)?): lemmas.contains { set.contains($0) || set.contains($0 + "e") }
            case let .up(_, .named(name)?): lemmas.contains { cues.contains($0, set: name) || cues.contains($0 + "e", set: name) }
            }
        }
    }

    /// Whether a word attached as `deprel` fits a step written `relation`: the same relation, or
    /// for `obl` and `nmod` any of their subtypes but `nmod:poss`.
    static func matches(_ deprel: String, _ relation: String) -> Bool {
        if deprel == relation { return true }
        guard relation == "obl" || relation == "nmod", deprel.hasPrefix(relation), deprel != "nmod:poss" else { return false }
        return deprel.utf8.count > relation.utf8.count && deprel.utf8.dropFirst(relation.utf8.count).first == UInt8(ascii: ":")
    }
}

/// Why a path of `frames.tsv` cannot be read.
public struct TreePathError: Error, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
}
