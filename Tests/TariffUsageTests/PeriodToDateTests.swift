import TariffConfig
import Testing

@testable import TariffUsage

/// A meter's billing-period value from its window totals, as its Stripe meter aggregates the
/// reported windows: summed for `count`/`sum`, the latest window for period-to-date meters.
@Suite struct PeriodToDateTests {
    /// Three windows out of order; the latest (by start) holds 7, the largest value is 9.
    static let windows = [
        UsageTotal(meter: "m", company: "acme", windowStart: 7_200, value: 7),
        UsageTotal(meter: "m", company: "acme", windowStart: 0, value: 9),
        UsageTotal(meter: "m", company: "acme", windowStart: 3_600, value: 4),
    ]

    @Test(arguments: [
        (MetricAggregate.count, Int64(20)), (.sum, 20), (.uniqueCount, 7), (.max, 7), (.last, 7),
    ])
    func combinesAsTheStripeMeterDoes(aggregate: MetricAggregate, expected: Int64) {
        #expect(PeriodToDate.value(of: Self.windows, aggregate: aggregate) == expected)
    }

    @Test func noWindowsIsZero() {
        for aggregate in MetricAggregate.allCases {
            #expect(PeriodToDate.value(of: [], aggregate: aggregate) == 0)
        }
    }
}
