public import ActorExtraction

/// An inclusive span of days, open at either end, that selects relations by their event date.
///
/// An event dated by a range of days ("in June 2021", "last year") falls in the window when the
/// range overlaps it: a relation known only to have happened some time in 2020 is in a window
/// that starts on 2020-12-01. Undated events fall in the unbounded window only.
public struct DateWindow: Hashable, Sendable, CustomStringConvertible {
    /// The first day in the window, or `nil` for no lower bound.
    public let from: Day?
    /// The last day in the window, or `nil` for no upper bound.
    public let to: Day?

    /// The window that keeps everything, undated events included.
    public static let unbounded = DateWindow(checked: nil, nil)

    /// The window from `from` to `to`, both inclusive; throws `DateWindowError.reversed` when `from` is after `to`.
    public init(from: Day? = nil, to: Day? = nil) throws(DateWindowError) {
        if let from, let to, from > to { throw .reversed(from: from, to: to) }
        self.init(checked: from, to)
    }

    /// Parses `FROM..TO`, where either bound may be left empty: `2021-01-01..2021-06-30`,
    /// `..2020-12-31`, `2021-01-01..`, `..`.
    public init(parsing range: String) throws(DateWindowError) {
        let parts = range.components(separatedBy: "..")
        guard parts.count == 2 else { throw .malformedRange(range) }
        func bound(_ text: String) throws(DateWindowError) -> Day? {
            guard !text.isEmpty else { return nil }
            guard let day = Day(iso: text) else { throw .malformedDay(text) }
            return day
        }
        try self.init(from: bound(parts[0]), to: bound(parts[1]))
    }

    private init(checked from: Day?, _ to: Day?) {
        self.from = from
        self.to = to
    }

    /// Whether the window has no bound at all.
    public var isUnbounded: Bool { from == nil && to == nil }

    /// Whether an event with this date belongs in the window: its days overlap the window's, or,
    /// for an undated event, the window is unbounded.
    public func contains(_ date: EventDate?) -> Bool {
        guard let date else { return isUnbounded }
        if let from, date.last < from { return false }
        if let to, date.first > to { return false }
        return true
    }

    /// `result` with only the events in the window, and how many undated events were left out.
    public func filter(_ result: ExtractionResult) -> (result: ExtractionResult, undatedLeftOut: Int) {
        var kept = result
        kept.events = result.events.filter { contains($0.date) }
        let undated = isUnbounded ? 0 : result.events.count { $0.date == nil }
        return (kept, undated)
    }

    /// `FROM..TO`, an open end left empty.
    public var description: String {
        "\(from?.description ?? "")..\(to?.description ?? "")"
    }
}

/// Why a date window could not be made.
public enum DateWindowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The first day is after the last.
    case reversed(from: Day, to: Day)
    /// A range without exactly one `..`.
    case malformedRange(String)
    /// A bound that is not a `YYYY-MM-DD` calendar day.
    case malformedDay(String)

    public var description: String {
        switch self {
        case let .reversed(from, to): return "\(from) is after \(to)"
        case let .malformedRange(text): return "'\(text)' is not a range like 2021-01-01..2021-06-30 (either end may be empty)"
        case let .malformedDay(text): return "'\(text)' is not a date like 2021-07-29"
        }
    }
}
