/// A date written in a sentence, and the tokens it covers.
public struct DateExpression: Hashable, Sendable {
    public var tokens: Range<Int>
    public var date: EventDate
}
