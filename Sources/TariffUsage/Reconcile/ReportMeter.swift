/// A meter as reconciliation needs it: the config's key and event name, and what Stripe holds.
package struct ReportMeter: Sendable, Hashable {
    /// The YAML key (`api_calls`).
    package var key: String
    /// The Stripe meter's `event_name`.
    package var eventName: String
    /// The live meter's id; `nil` when Stripe has no active meter with this event name yet.
    package var meterID: String?
    /// How a window's value is sent.
    package var mode: ReportMode
    /// The live meter's `default_aggregation.formula` (`sum`, `count` or `last`), which decides
    /// how Stripe folds hourly windows into a day summary.
    package var formula: String

    package init(key: String, eventName: String, meterID: String?, mode: ReportMode, formula: String = "sum")
    {
        self.key = key
        self.eventName = eventName
        self.meterID = meterID
        self.mode = mode
        self.formula = formula
    }
}

/// How a window's value reaches Stripe.
package enum ReportMode: String, Sendable, Hashable, Codable {
    /// The meter is pre-aggregated (`event_time_window` set): Stripe keeps the newest event of each
    /// window, so the window's absolute total is sent and a re-send overwrites.
    case absolute
    /// The meter has no window (adopted from an existing account): Stripe adds events up, so only
    /// computed minus reported is sent.
    case delta
}
