/// The three moves of the arc-hybrid system.
enum Move: Equatable {
    case shift
    /// The top of the stack becomes a left child of the buffer front.
    case left
    /// The top of the stack becomes a right child of the word below it.
    case right
}

/// The labelled arc-hybrid transitions over a relation inventory, numbered as the perceptron's
/// classes: 0 is shift, `1 + r` is left-arc with relation `r`, `1 + relations.count + r` is
/// right-arc with relation `r`. Their names (`shift`, `left:nsubj`, `right:obl:agent`) are the
/// labels stored in the model file.
///
/// Legality keeps every parse a tree with exactly one root word: the arc from the root (relation
/// `root`) is made only when the buffer is empty and one word is left on the stack, and no other
/// arc carries `root`. Some move is always legal until the configuration is terminal.
struct TransitionSystem: Sendable {
    let relations: [String]
    let rootRelation: Int

    static let rootName = "root"

    /// A system over `relations`, which must contain `root` once and some other relation.
    init?(relations: [String]) {
        guard relations.count >= 2, let root = relations.firstIndex(of: Self.rootName),
              relations.count(where: { $0 == Self.rootName }) == 1 else { return nil }
        self.relations = relations
        self.rootRelation = root
    }

    /// A system from the class names of a model, or nil if they are not ours.
    init?(classNames: [String]) {
        let count = (classNames.count - 1) / 2
        guard classNames.count == 2 * count + 1, count > 0, classNames[0] == "shift" else { return nil }
        var relations: [String] = []
        for r in 0..<count {
            guard classNames[1 + r].hasPrefix("left:"),
                  classNames[1 + count + r] == "right:" + classNames[1 + r].dropFirst(5) else { return nil }
            relations.append(String(classNames[1 + r].dropFirst(5)))
        }
        self.init(relations: relations)
    }

    var classCount: Int { 1 + 2 * relations.count }
    var classNames: [String] { ["shift"] + relations.map { "left:" + $0 } + relations.map { "right:" + $0 } }

    func move(of transition: Int) -> Move {
        transition == 0 ? .shift : transition <= relations.count ? .left : .right
    }

    func relation(of transition: Int) -> Int {
        transition <= relations.count ? transition - 1 : transition - 1 - relations.count
    }

    func transition(_ move: Move, _ relation: Int = 0) -> Int {
        switch move {
        case .shift: 0
        case .left: 1 + relation
        case .right: 1 + relations.count + relation
        }
    }

    func canShift(_ c: ParserConfiguration) -> Bool { !c.bufferIsEmpty }
    func canLeft(_ c: ParserConfiguration) -> Bool { !c.bufferIsEmpty && c.stack.count >= 2 }
    /// Right-arc is legal above the root's child, or to the root once everything else is done.
    func canRight(_ c: ParserConfiguration) -> Bool {
        c.stack.count >= 3 || (c.stack.count == 2 && c.bufferIsEmpty)
    }

    /// Whether `transition` may be applied to `c`.
    func isLegal(_ transition: Int, in c: ParserConfiguration) -> Bool {
        switch move(of: transition) {
        case .shift: return canShift(c)
        case .left: return canLeft(c) && relation(of: transition) != rootRelation
        case .right:
            guard canRight(c) else { return false }
            return (relation(of: transition) == rootRelation) == (c.stack.count == 2)
        }
    }

    /// Fills `legal` (one slot per class) with which transitions may be applied to `c`.
    func legal(in c: ParserConfiguration, into legal: inout [Bool]) {
        let shift = canShift(c), left = canLeft(c), right = canRight(c)
        let toRoot = c.stack.count == 2
        let n = relations.count
        legal[0] = shift
        for r in 0..<n {
            legal[1 + r] = left && r != rootRelation
            legal[1 + n + r] = right && ((r == rootRelation) == toRoot)
        }
    }

    func apply(_ transition: Int, to c: inout ParserConfiguration) {
        switch move(of: transition) {
        case .shift: c.shift()
        case .left: c.leftArc(label: relation(of: transition))
        case .right: c.rightArc(label: relation(of: transition))
        }
    }
}
