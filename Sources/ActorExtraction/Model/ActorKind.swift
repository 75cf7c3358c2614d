/// What sort of actor a node stands for; the raw value is what DOT, GraphML and the CLI say.
public enum ActorKind: String, Sendable, CaseIterable, Hashable, Comparable {
    case person
    case country
    case organization
    case group
    case other

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
