/// The times a reconciliation is judged at: now, the settle delay and the lookback.
package struct ReconcileClock: Sendable, Hashable {
    /// Stripe accepts meter events timestamped up to 35 days back.
    package static let stripeMaximumAge: Int64 = 35 * 86_400

    /// Unix seconds.
    package var now: Int64
    /// A window is reported once it closed this many seconds ago (`usage.settle`).
    package var settle: Int64
    /// Windows starting at or after this are re-checked (`now − usage.lookback`, window-aligned).
    package var lookbackStart: Int64
    /// Slack kept before Stripe's 35-day limit, for the time between plan and apply.
    package var safetyMargin: Int64

    package init(now: Int64, settle: Int64, lookbackStart: Int64, safetyMargin: Int64 = 600) {
        self.now = now
        self.settle = settle
        self.lookbackStart = lookbackStart
        self.safetyMargin = safetyMargin
    }

    /// Whether the window has closed and `settle` has passed since.
    package func isSettled(_ window: ReportWindow) -> Bool {
        window.end + settle <= now
    }

    /// Whether Stripe would refuse the window's timestamp (its start) as older than 35 days.
    package func isTooOld(_ window: ReportWindow) -> Bool {
        window.start < now - Self.stripeMaximumAge + safetyMargin
    }
}
