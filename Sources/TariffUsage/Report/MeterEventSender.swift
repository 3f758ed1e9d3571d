/// One meter event as apply sends it (`POST /v1/billing/meter_events`, or one entry of a v2
/// stream request).
package struct MeterEventPayload: Sendable, Hashable {
    package var eventName: String
    package var customer: String
    /// The whole number sent as `payload[value]`.
    package var value: Int64
    /// Unix seconds, inside the window.
    package var timestamp: Int64
    package var identifier: String
    /// The meter's payload keys (`stripe_customer_id` and `value` unless the meter says otherwise).
    package var customerKey: String
    package var valueKey: String

    package init(
        eventName: String, customer: String, value: Int64, timestamp: Int64, identifier: String,
        customerKey: String = "stripe_customer_id", valueKey: String = "value"
    ) {
        self.eventName = eventName
        self.customer = customer
        self.value = value
        self.timestamp = timestamp
        self.identifier = identifier
        self.customerKey = customerKey
        self.valueKey = valueKey
    }
}

/// How one request went, as the applier needs to know it.
package enum MeterEventOutcome: Sendable, Hashable {
    /// Stripe accepted it; `requestID` is its `Request-Id`.
    case delivered(requestID: String?)
    /// Stripe answered "an event already exists with identifier": sent before, counted once.
    case duplicate(requestID: String?)
    /// Any other 4xx: reported, not retried.
    case rejected(String)
    /// 429, 5xx, a dropped connection or a timeout, after the client's own retries.
    case retryable(String)
}

/// Sends meter events: one at a time (v1, validated synchronously) or in batches of up to 100 on
/// the v2 stream (validated asynchronously by Stripe).
package protocol MeterEventSender: Sendable {
    func send(_ event: MeterEventPayload) async -> MeterEventOutcome
    func stream(_ events: [MeterEventPayload]) async -> MeterEventOutcome
}

/// What the ledger keeps for every window sent.
package struct SentWindow: Sendable, Hashable {
    package var eventName: String
    package var customer: String
    package var company: String
    package var window: ReportWindow
    /// The total Stripe holds for the window after this event (the computed value).
    package var total: Int64
    /// The event's own value (the total, or the difference for a delta meter).
    package var sent: Int64
    package var identifier: String
    package var requestID: String?

    package init(_ send: UsageSend, requestID: String?) {
        eventName = send.eventName
        customer = send.customer
        company = send.company
        window = send.window
        total = send.computed
        sent = send.value
        identifier = send.identifier
        self.requestID = requestID
    }
}

/// Where apply records what it sent (the store's ledger table).
package protocol UsageLedgerWriter: Sendable {
    func record(_ entries: [SentWindow]) async throws
}
