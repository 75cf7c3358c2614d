/// Finds dates in tokens and resolves them against a publication date.
///
/// Understands "April 16, 2021", "Aug 03, 2021", "Sept. 12", "4 October 2007", "June 2017",
/// "2021-04-16", "in March", weekdays ("on Thursday" is the latest Thursday up to the publication date),
/// "yesterday", "today", "last week", "last month", "last year", "this year" and years in
/// "in 2015". A day and month without a year take the publication year, or the year before when
/// that would put them more than two days after publication.
public struct DateFinder: Sendable {
    public init() {}

    /// A word that can start a date expression.
    enum DateWord: Sendable {
        case month(Int)
        /// 0 = Sunday … 6 = Saturday.
        case weekday(Int)
        case yesterday, today, last, this, past
    }

    /// Every word a date expression can start with, looked up once per token.
    static let words: WordTable<DateWord> = [
        "january": .month(1), "jan": .month(1), "jan.": .month(1), "february": .month(2), "feb": .month(2),
        "feb.": .month(2), "march": .month(3), "mar": .month(3), "mar.": .month(3), "april": .month(4),
        "apr": .month(4), "apr.": .month(4), "may": .month(5), "june": .month(6), "jun": .month(6),
        "jun.": .month(6), "july": .month(7), "jul": .month(7), "jul.": .month(7), "august": .month(8),
        "aug": .month(8), "aug.": .month(8), "september": .month(9), "sept": .month(9), "sept.": .month(9),
        "sep": .month(9), "sep.": .month(9), "october": .month(10), "oct": .month(10), "oct.": .month(10),
        "november": .month(11), "nov": .month(11), "nov.": .month(11), "december": .month(12), "dec": .month(12),
        "dec.": .month(12),
        "sunday": .weekday(0), "monday": .weekday(1), "tuesday": .weekday(2), "wednesday": .weekday(3),
        "thursday": .weekday(4), "friday": .weekday(5), "saturday": .weekday(6),
        "yesterday": .yesterday, "today": .today, "last": .last, "this": .this, "past": .past,
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

    /// The date expression starting at token `i`, and how many tokens it covers.
    private func match(_ t: [Token], at i: Int, reference: Day?) -> (EventDate, Int)? {
        // "YYYY-MM-DD" is ten bytes.
        if t[i].text.utf8.count == 10, let day = Day(iso: t[i].text) { return (EventDate(day), 1) }
        if t[i].kind == .number { return matchNumber(t, at: i, reference: reference) }
        // Without a reference only a month can start a date, and a month is capitalized.
        guard reference != nil || t[i].isCapitalized, let word = Self.words.value(for: t[i]) else { return nil }
        if case .month(let month) = word {
            return t[i].isCapitalized ? matchMonth(month, t, at: i, reference: reference) : nil
        }
        guard let ref = reference else { return nil }
        return Self.relative(word, t, at: i, reference: ref)
    }

    /// "April 16, 2021", "Sept. 12", "June 2017", "in March": a date starting with a capitalized month.
    private func matchMonth(_ month: Int, _ t: [Token], at i: Int, reference: Day?) -> (EventDate, Int)? {
        if let d = Self.number(t, i + 1), t[i + 1].text.count <= 2 {
            var k = i + 2
            if k < t.count, t[k].isMark(",") { k += 1 }
            if let y = Self.year(t, k), let day = Day(year: y, month: month, day: d) { return (EventDate(day), k + 1 - i) }
            if let ref = reference, let day = Self.inferYear(month: month, day: d, reference: ref) {
                return (EventDate(day), 2)
            }
            return nil
        }
        if let y = Self.year(t, i + 1), let range = EventDate.month(month, of: y) { return (range, 2) }
        // "in March": that month of the publication year, or of the year before if still to come.
        if i > 0, t[i - 1].folded == "in", let ref = reference {
            return EventDate.month(month, of: month > ref.month ? ref.year - 1 : ref.year).map { ($0, 1) }
        }
        return nil
    }

    /// "4 October 2007", "12 June", "in 2015": a date starting with a number.
    private func matchNumber(_ t: [Token], at i: Int, reference: Day?) -> (EventDate, Int)? {
        if i + 1 < t.count, case .month(let month)? = Self.words.value(for: t[i + 1]), t[i + 1].isCapitalized,
           let d = Self.number(t, i), t[i].text.count <= 2 {
            if let y = Self.year(t, i + 2), let day = Day(year: y, month: month, day: d) { return (EventDate(day), 3) }
            if let ref = reference, let day = Self.inferYear(month: month, day: d, reference: ref) {
                return (EventDate(day), 2)
            }
            return nil
        }
        guard let ref = reference else { return nil }
        if i > 0, t[i - 1].folded == "in", let y = Self.year(t, i), y <= ref.year { return EventDate.year(y).map { ($0, 1) } }
        return nil
    }

    /// A weekday, "yesterday", "today", "last/past/this year", "last month" or "last/this/past week".
    private static func relative(_ word: DateWord, _ t: [Token], at i: Int, reference ref: Day) -> (EventDate, Int)? {
        switch word {
        case .month: return nil
        case .weekday(let wd):
            let back = (ref.weekday - wd + 7) % 7
            return (EventDate(ref.adding(days: -back)), 1)
        case .yesterday: return (EventDate(ref.adding(days: -1)), 1)
        case .today: return (EventDate(ref), 1)
        case .last, .this, .past:
            guard i + 1 < t.count else { return nil }
            switch (word, t[i + 1].folded) {
            case (.last, "year"), (.past, "year"):
                return EventDate.year(ref.year - 1).map { ($0, 2) }
            case (.this, "year"):
                return (EventDate(first: Day(year: ref.year, month: 1, day: 1)!, last: ref), 2)
            case (.last, "month"):
                let m = ref.month == 1 ? 12 : ref.month - 1
                return EventDate.month(m, of: ref.month == 1 ? ref.year - 1 : ref.year).map { ($0, 2) }
            case (.last, "week"), (.this, "week"), (.past, "week"):
                return (EventDate(first: ref.adding(days: -7), last: ref), 2)
            default: return nil
            }
        }
    }

    /// The value of number token `k`, its digits read together ("1,200" is 1200).
    private static func number(_ t: [Token], _ k: Int) -> Int? {
        guard k < t.count, t[k].kind == .number else { return nil }
        return Int(t[k].text.filter(\.isNumber))
    }

    /// Number token `k` when it is a four-digit year from 1900 to 2100.
    private static func year(_ t: [Token], _ k: Int) -> Int? {
        guard let n = number(t, k), t[k].text.count == 4, (1900...2100).contains(n) else { return nil }
        return n
    }

    static func inferYear(month: Int, day: Int, reference: Day) -> Day? {
        guard let same = Day(year: reference.year, month: month, day: day) else { return nil }
        return same.ordinal > reference.ordinal + 2 ? Day(year: reference.year - 1, month: month, day: day) : same
    }
}
