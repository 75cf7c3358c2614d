/// Why a line of an event file is not an event record, said as `FILE:LINE: reason` by the caller.
public struct EventRecordError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
