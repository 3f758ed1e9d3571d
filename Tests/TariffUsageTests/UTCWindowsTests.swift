import Testing
import TariffConfig
@testable import TariffUsage

/// UTC window and calendar arithmetic on epoch seconds.
@Suite struct UTCWindowsTests {
    @Test func windowStartFloorsAlsoBefore1970() {
        #expect(UTCTime.windowStart(of: 1_764_550_799, .hour) == 1_764_547_200)
        #expect(UTCTime.windowStart(of: 1_764_547_200, .hour) == 1_764_547_200)
        #expect(UTCTime.windowStart(of: 1_764_633_599, .day) == 1_764_547_200)
        #expect(UTCTime.windowStart(of: -1, .hour) == -3_600)
    }

    /// 2026-12-01T00:00:00Z is 1_796_083_200; 2024-02-29 exists (leap year), 2100 is no leap year.
    @Test func calendarMonths() {
        #expect(UTCTime.monthStart(of: 1_796_083_200 + 86_399) == 1_796_083_200)
        #expect(UTCTime.nextMonthStart(after: 1_796_083_200) == 1_796_083_200 + 31 * 86_400)
        let february2024 = UTCTime.days(year: 2024, month: 2, day: 1) * 86_400
        #expect(UTCTime.nextMonthStart(after: february2024) - february2024 == 29 * 86_400)
        let february2100 = UTCTime.days(year: 2100, month: 2, day: 1) * 86_400
        #expect(UTCTime.nextMonthStart(after: february2100) - february2100 == 28 * 86_400)
        #expect(UTCTime.days(year: 1970, month: 1, day: 1) == 0)
        #expect(UTCTime.days(year: 2026, month: 12, day: 1) == 20_788)
    }

    @Test(arguments: Array(stride(from: Int64(-800_000), to: 800_000, by: 997)))
    func civilDateRoundTrips(days: Int64) {
        let date = UTCTime.civilDate(days: days)
        #expect(UTCTime.days(year: date.year, month: date.month, day: date.day) == days)
    }

    @Test func lookbackCoversWholeWindowsUpToNow() throws {
        let now: Int64 = 1_796_083_200 + 5_400  // 01:30 UTC
        let range = WindowRange.lookback(
            try #require(UsageDuration(parsing: "3h")), window: .hour, now: now)
        #expect(range.start == 1_796_083_200 - 7_200)
        #expect(range.end == 1_796_083_200 + 7_200)
        #expect(range.windowStarts.count == 4)
        #expect(WindowRange(window: .day, start: 0, end: 3_600) == nil)
    }
}
