public import ActorExtraction

/// Where each relation sits in the two event ontologies that news event data uses, so that event
/// records can be lined up with GDELT and ICEWS (CAMEO) or POLECAT (PLOVER).
///
/// | relation | PLOVER | CAMEO root | why |
/// |---|---|---|---|
/// | met | CONSULT | 04 CONSULT | meetings, visits, calls |
/// | warned | THREATEN | 13 THREATEN | warnings, threats, ultimatums |
/// | supported | SUPPORT | 05 ENGAGE IN DIPLOMATIC COOPERATION | praise, endorsement, backing |
/// | urged | REQUEST | 02 APPEAL | "urged", "called on", "appealed to" ask, they do not demand (CAMEO 10) |
/// | criticized | ACCUSE | 11 DISAPPROVE | criticize or denounce (111) and accuse (112) |
/// | assured | AGREE | 03 EXPRESS INTENT TO COOPERATE | an assurance is a promise, PLOVER's AGREE |
/// | agreed | AGREE | 05 ENGAGE IN DIPLOMATIC COOPERATION | signing or reaching an agreement is CAMEO 057 |
/// | rejected | REJECT | 12 REJECT | |
extension RelationKind {
    /// The PLOVER event type (Open Event Data Alliance), e.g. `CONSULT`.
    public var ploverCode: String {
        switch self {
        case .met: "CONSULT"
        case .warned: "THREATEN"
        case .supported: "SUPPORT"
        case .urged: "REQUEST"
        case .criticized: "ACCUSE"
        case .assured, .agreed: "AGREE"
        case .rejected: "REJECT"
        }
    }

    /// The two-digit CAMEO root code, e.g. `04`.
    public var cameoRoot: String {
        switch self {
        case .met: "04"
        case .warned: "13"
        case .supported, .agreed: "05"
        case .urged: "02"
        case .criticized: "11"
        case .assured: "03"
        case .rejected: "12"
        }
    }
}
