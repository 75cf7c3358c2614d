/// When an event happened: one day, or the span of days the text allows ("in June 2017", "last year").
public struct EventDate: Hashable, Sendable, Comparable {
    public var first: Day
    public var last: Day

    public init(first: Day, last: Day) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    public init(_ day: Day) {
        self.init(first: day, last: day)
    }

    /// The whole of a month.
    public static func month(_ month: Int, of year: Int) -> EventDate? {
        guard let a = Day(year: year, month: month, day: 1),
              let b = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) else { return nil }
        return EventDate(first: a, last: b)
    }

    /// The whole of a year.
    public static func year(_ year: Int) -> EventDate? {
        guard let a = Day(year: year, month: 1, day: 1), let b = Day(year: year, month: 12, day: 31) else { return nil }
        return EventDate(first: a, last: b)
    }

    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }
}
