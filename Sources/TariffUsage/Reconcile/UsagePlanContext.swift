/// What a usage plan was made against, for the renderers and the JSON document.
package struct UsagePlanContext: Sendable, Hashable {
    /// The Stripe account id (`acct_…`); `nil` when the key may not read it (a restricted key).
    package var accountID: String?
    /// `test` or `live`.
    package var mode: String
    /// The usage window's length in seconds (3,600 or 86,400).
    package var windowLength: Int64
    /// The first window re-checked (Unix seconds).
    package var lookbackStart: Int64
    /// `usage.settle`, seconds.
    package var settle: Int64
    /// Where the reported values came from.
    package var reportedFrom: ReportedSource
    /// Where the computed totals came from.
    package var computedFrom: String
    /// Meter keys and event names, in config order, for the sections of the plan.
    package var meters: [ReportMeter]

    package init(
        accountID: String?, mode: String, windowLength: Int64, lookbackStart: Int64, settle: Int64,
        reportedFrom: ReportedSource, computedFrom: String, meters: [ReportMeter]
    ) {
        self.accountID = accountID
        self.mode = mode
        self.windowLength = windowLength
        self.lookbackStart = lookbackStart
        self.settle = settle
        self.reportedFrom = reportedFrom
        self.computedFrom = computedFrom
        self.meters = meters
    }

    /// `hour` or `day`.
    package var windowName: String { windowLength >= 86_400 ? "day" : "hour" }
}

/// Where "reported" comes from.
package enum ReportedSource: String, Sendable, Hashable {
    /// The store's ledger of what apply sent (the default).
    case ledger
    /// Stripe's event summaries (`--refresh`).
    case eventSummaries = "event_summaries"
}
