/// One computed total: a meter's value for a company in one UTC window. The row type of every
/// compiled query and of `--totals FILE`.
package struct UsageTotal: Sendable, Hashable, Comparable {
    /// The meter's key in the config (`api_calls`).
    package var meter: String
    package var company: String
    /// The window's first second, epoch seconds (UTC).
    package var windowStart: Int64
    /// The whole number reported to Stripe.
    package var value: Int64

    package init(meter: String, company: String, windowStart: Int64, value: Int64) {
        self.meter = meter
        self.company = company
        self.windowStart = windowStart
        self.value = value
    }

    /// By meter, company, then window.
    package static func < (lhs: UsageTotal, rhs: UsageTotal) -> Bool {
        (lhs.meter, lhs.company, lhs.windowStart, lhs.value) < (
            rhs.meter, rhs.company, rhs.windowStart, rhs.value
        )
    }
}
