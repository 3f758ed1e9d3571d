package import TariffConfig

/// A half-open range of whole UTC windows, `[start, end)` in epoch seconds.
package struct WindowRange: Sendable, Hashable {
    package var window: UsageWindow
    package var start: Int64
    package var end: Int64

    /// `nil` unless both ends fall on window boundaries and `start < end`.
    package init?(window: UsageWindow, start: Int64, end: Int64) {
        guard start < end, start % window.seconds == 0, end % window.seconds == 0 else { return nil }
        self.window = window
        self.start = start
        self.end = end
    }

    /// The windows of a lookback: those starting at or after `now - lookback` (rounded down to
    /// a window) up to and including the window that contains `now`.
    package static func lookback(
        _ lookback: UsageDuration, window: UsageWindow, now: Int64
    ) -> WindowRange {
        let end = UTCTime.windowStart(of: now, window) + window.seconds
        let start = UTCTime.windowStart(of: now - lookback.seconds, window)
        // start < end and both aligned, by construction.
        return WindowRange(unchecked: window, start: start, end: end)
    }

    private init(unchecked window: UsageWindow, start: Int64, end: Int64) {
        self.window = window
        self.start = start
        self.end = end
    }

    /// Every window start in the range, ascending.
    package var windowStarts: [Int64] {
        Array(stride(from: start, to: end, by: Int(window.seconds)))
    }
}

/// UTC calendar arithmetic on epoch seconds, without Foundation's calendars or time zones.
package enum UTCTime {
    /// The start of the window containing `seconds` (floor division, also before 1970).
    package static func windowStart(of seconds: Int64, _ window: UsageWindow) -> Int64 {
        floorDivide(seconds, window.seconds) * window.seconds
    }

    /// The first second of the calendar month (UTC) containing `seconds`.
    package static func monthStart(of seconds: Int64) -> Int64 {
        let (year, month, _) = civilDate(days: floorDivide(seconds, 86_400))
        return days(year: year, month: month, day: 1) * 86_400
    }

    /// The first second of the calendar month after the one containing `seconds`.
    package static func nextMonthStart(after seconds: Int64) -> Int64 {
        let (year, month, _) = civilDate(days: floorDivide(seconds, 86_400))
        let next = month == 12 ? (year + 1, Int64(1)) : (year, month + 1)
        return days(year: next.0, month: next.1, day: 1) * 86_400
    }

    /// Floor division for a positive divisor.
    package static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    package static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (the inverse of ``days(year:month:day:)``).
    package static func civilDate(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
