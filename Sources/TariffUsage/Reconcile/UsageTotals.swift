/// One computed value: what a meter's query gave for a company in a window, already scaled and
/// rounded to Stripe's whole numbers.
package struct ComputedTotal: Sendable, Hashable {
    /// The meter's YAML key.
    package var meterKey: String
    package var company: String
    package var window: ReportWindow
    package var value: Int64

    package init(meterKey: String, company: String, window: ReportWindow, value: Int64) {
        self.meterKey = meterKey
        self.company = company
        self.window = window
        self.value = value
    }
}

/// Where a reported value is kept: one Stripe customer's window of one meter.
package struct ReportedKey: Sendable, Hashable, Comparable {
    package var eventName: String
    package var customer: String
    /// The window's start, Unix seconds.
    package var windowStart: Int64

    package init(eventName: String, customer: String, windowStart: Int64) {
        self.eventName = eventName
        self.customer = customer
        self.windowStart = windowStart
    }

    package static func < (lhs: ReportedKey, rhs: ReportedKey) -> Bool {
        (lhs.eventName, lhs.customer, lhs.windowStart) < (rhs.eventName, rhs.customer, rhs.windowStart)
    }
}

/// What Stripe already holds for a window: the ledger's last delivered total, or the event
/// summary read back with `--refresh`.
package struct ReportedValue: Sendable, Hashable {
    /// The total Stripe holds for the window (for a delta meter, the sum of every event sent).
    package var value: Int64
    /// The window's length, needed to reconcile a window that no longer has computed usage.
    package var window: ReportWindow
    /// The company the ledger recorded, when known.
    package var company: String?

    package init(value: Int64, window: ReportWindow, company: String? = nil) {
        self.value = value
        self.window = window
        self.company = company
    }
}
