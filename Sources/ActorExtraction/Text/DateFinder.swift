/// Finds dates in tokens and resolves them against a publication date.
///
/// Understands "April 16, 2021", "Aug 03, 2021", "Sept. 12", "4 October 2007", "June 2017",
/// "2021-04-16", "in March", weekdays ("on Thursday" is the latest Thursday up to the publication date),
/// "yesterday", "today", "last week", "last month", "last year", "this year" and years in
/// "in 2015". A day and month without a year take the publication year, or the year before when
/// that would put them more than two days after publication.
public struct DateFinder: Sendable {
    public init() {}

    static let months: WordTable<Int> = [
        "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar": 3, "mar.": 3,
        "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7, "jul.": 7,
        "august": 8, "aug": 8, "aug.": 8, "september": 9, "sept": 9, "sept.": 9, "sep": 9, "sep.": 9,
        "october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12,
        "dec.": 12,
    ]
    static let weekdays: WordTable<Int> = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// Every date expression in `tokens`; relative ones only when `reference` is known.
    public func dates(in tokens: [Token], reference: Day?) -> [DateExpression] {
        var found: [DateExpression] = []
        var i = 0
        while i < tokens.count {
            if let (date, length) = match(tokens, at: i, reference: reference) {
                found.append(DateExpression(tokens: i..<i + length, date: date))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    private func match(_ t: [Token], at i: Int, reference: Day?) -> (EventDate, Int)? {
        let w = t[i].folded
        func number(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .number else { return nil }
            return Int(t[k].text.filter(\.isNumber))
        }
        func year(_ k: Int) -> Int? {
            guard let n = number(k), t[k].text.count == 4, (1900...2100).contains(n) else { return nil }
            return n
        }
        // "YYYY-MM-DD" is ten characters, so at least ten bytes.
        if t[i].text.utf8.count >= 10, let day = Day(iso: t[i].text) { return (EventDate(day), 1) }
        if let month = Self.months.value(for: t[i]), t[i].isCapitalized {
            // "April 16, 2021", "Sept. 12", "June 2017"
            if let d = number(i + 1), t[i + 1].text.count <= 2 {
                var k = i + 2
                if k < t.count, t[k].text == "," { k += 1 }
                if let y = year(k), let day = Day(year: y, month: month, day: d) { return (EventDate(day), k + 1 - i) }
                if let ref = reference, let day = Self.inferYear(month: month, day: d, reference: ref) {
                    return (EventDate(day), 2)
                }
                return nil
            }
            if let y = year(i + 1), let range = EventDate.month(month, of: y) { return (range, 2) }
            // "in March": that month of the publication year, or of the year before if still to come.
            if i > 0, t[i - 1].folded == "in", let ref = reference {
                return EventDate.month(month, of: month > ref.month ? ref.year - 1 : ref.year).map { ($0, 1) }
            }
            return nil
        }
        if let d = number(i), t[i].text.count <= 2, i + 1 < t.count, let month = Self.months.value(for: t[i + 1]),
           t[i + 1].isCapitalized {
            // "4 October 2007", "12 June"
            if let y = year(i + 2), let day = Day(year: y, month: month, day: d) { return (EventDate(day), 3) }
            if let ref = reference, let day = Self.inferYear(month: month, day: d, reference: ref) {
                return (EventDate(day), 2)
            }
            return nil
        }
        guard let ref = reference else { return nil }
        if let wd = Self.weekdays.value(for: t[i]) {
            let back = (ref.weekday - wd + 7) % 7
            return (EventDate(ref.adding(days: -back)), 1)
        }
        switch w {
        case "yesterday": return (EventDate(ref.adding(days: -1)), 1)
        case "today": return (EventDate(ref), 1)
        case "last", "this", "past":
            guard i + 1 < t.count else { return nil }
            switch (w, t[i + 1].folded) {
            case ("last", "year"), ("past", "year"):
                return EventDate.year(ref.year - 1).map { ($0, 2) }
            case ("this", "year"):
                return (EventDate(first: Day(year: ref.year, month: 1, day: 1)!, last: ref), 2)
            case ("last", "month"):
                let m = ref.month == 1 ? 12 : ref.month - 1
                return EventDate.month(m, of: ref.month == 1 ? ref.year - 1 : ref.year).map { ($0, 2) }
            case ("last", "week"), ("this", "week"), ("past", "week"):
                return (EventDate(first: ref.adding(days: -7), last: ref), 2)
            default: return nil
            }
        default:
            // "in 2015"
            if i > 0, t[i - 1].folded == "in", let y = year(i), y <= ref.year { return EventDate.year(y).map { ($0, 1) } }
            return nil
        }
    }

    static func inferYear(month: Int, day: Int, reference: Day) -> Day? {
        guard let same = Day(year: reference.year, month: month, day: day) else { return nil }
        return same.ordinal > reference.ordinal + 2 ? Day(year: reference.year - 1, month: month, day: day) : same
    }
}
