/// A class of political event between two actors; the raw value is what DOT, GraphML and the CLI say.
public enum RelationKind: String, Sendable, CaseIterable, Hashable, Comparable {
    case met
    case warned
    case supported
    case urged
    case criticized
    case assured
    case agreed
    case rejected

    /// `met` has no direction: A met B is B met A.
    public var isSymmetric: Bool { self == .met }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
