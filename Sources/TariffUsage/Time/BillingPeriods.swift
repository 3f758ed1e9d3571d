/// A customer's billing period, `[start, end)` in epoch seconds, keyed by the company id the
/// events carry (the plan maps customers to companies through `id_mapping`).
package struct BillingPeriod: Sendable, Hashable {
    package var company: String
    package var start: Int64
    package var end: Int64

    package init(company: String, start: Int64, end: Int64) {
        self.company = company
        self.start = start
        self.end = end
    }
}

/// The billing periods that `unique_count` and `max` meters accumulate within
/// (docs/usage.md#period-to-date). An event of a company falls in the listed period that
/// contains its time; an event no listed period contains (an unknown company, or a time
/// outside the listed periods) falls in its UTC calendar month.
package struct BillingPeriods: Sendable, Hashable {
    /// Periods of one company must not overlap; the compiler emits them in this order.
    package var periods: [BillingPeriod]

    package init(_ periods: [BillingPeriod] = []) {
        self.periods = periods
    }

    /// No known periods: every event falls in its calendar month.
    package static let calendarMonths = BillingPeriods()
}
