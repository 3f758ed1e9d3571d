package import TariffConfig

/// What one meter's query computes: the meter's totals per company and window of `range`,
/// read from `layout`, with `unique_count` and `max` accumulated within `periods`.
///
/// The query's result columns, in every dialect and in this order:
/// `meter` (text: the meter's key), `company` (text), `window_start` (integer, epoch seconds,
/// UTC) and `value` (integer: the window's total after `decimal: {scale, round}`). A row exists
/// for each company and window with at least one event that counts (docs/usage.md).
package struct UsageQueryRequest: Sendable, Hashable {
    package var meter: Meter
    package var range: WindowRange
    package var periods: BillingPeriods
    package var layout: EventTableLayout

    package init(
        meter: Meter, range: WindowRange, periods: BillingPeriods = .calendarMonths,
        layout: EventTableLayout = .store
    ) {
        self.meter = meter
        self.range = range
        self.periods = periods
        self.layout = layout
    }
}
