/// One row of an event summary list: a window and the meter's aggregate over it.
struct MeterEventSummaryRow {
    var start: Int
    var end: Int
    var value: Int
}

extension EmulatorState {
    /// `GET /v1/billing/meters/{id}/event_summaries`: a customer's usage of one meter.
    ///
    /// Follows Stripe's rules: `customer`, `start_time` (inclusive) and `end_time` (exclusive)
    /// are required, times are minute-aligned, `value_grouping_window=hour` needs whole hours and
    /// `day` needs midnights UTC. With a window, one row per window that holds events, newest
    /// first (empty windows are left out; Stripe does not document this, unverified); without,
    /// one row for the whole range, zero included. Events count only `summaryLag` seconds after
    /// they were received, as Stripe aggregates asynchronously.
    func meterEventSummaries(meterID: String, _ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown([
            "customer", "end_time", "ending_before", "limit", "start_time", "starting_after",
            "value_grouping_window",
        ])
        let meter = try meter(meterID)
        let customer = try params.requiredString("customer")
        guard customers[customer] != nil else {
            throw StripeAPIError.noSuch("customer", customer, param: "customer", inPath: false)
        }
        guard let start = try params.int("start_time") else { throw StripeAPIError.missing("start_time") }
        guard let end = try params.int("end_time") else { throw StripeAPIError.missing("end_time") }
        let window = try params.oneOf("value_grouping_window", ["day", "hour"])
        for (name, time) in [("start_time", start), ("end_time", end)] where time % 60 != 0 {
            throw StripeAPIError.rule(
                name, "\(name) must be aligned with minute boundaries (a multiple of 60).")
        }
        guard end > start else { throw StripeAPIError.rule("end_time", "end_time must be after start_time.") }
        let width: Int? = window == "hour" ? 3600 : window == "day" ? 86_400 : nil
        if let width, let window {
            for (name, time) in [("start_time", start), ("end_time", end)] where time % width != 0 {
                let unit = window == "hour" ? "hour boundaries" : "day boundaries (00:00 UTC)"
                throw StripeAPIError.rule(
                    name, "\(name) must be aligned with \(unit) when value_grouping_window is \(window).")
            }
        }
        let page = try ListPage(params)
        let events = countedEvents(
            meter: meter, customer: customer, from: start, to: end, visibleAt: call.now - call.summaryLag)
        let rows = Self.summaryRows(events, formula: meter.formula, start: start, end: end, width: width)
        let prefix = "mtrusg_\(meter.id.suffix(12))_\(customer)_"
        let ids = rows.map { "\(prefix)\($0.start)" }
        let slice = try page.slice(ids, kind: "billing meter event summary") { _ in true }
        let byID = Dictionary(uniqueKeysWithValues: zip(ids, rows))
        let data = slice.ids.compactMap { id in
            byID[id].map { row in
                JSONValue.object([
                    ("id", .string(id)),
                    ("object", .string("billing.meter_event_summary")),
                    ("aggregated_value", .int(row.value)),
                    ("end_time", .int(row.end)),
                    ("livemode", .bool(livemode)),
                    ("meter", .string(meter.id)),
                    ("start_time", .int(row.start)),
                ])
            }
        }
        return ListPage.envelope(
            data, hasMore: slice.hasMore, url: "/v1/billing/meters/\(meter.id)/event_summaries")
    }

    /// The events of `meter` and `customer` booked in `[start, end)` that count and were
    /// received by `visibleAt`. A pre-aggregated meter (`event_time_window`) keeps only the most
    /// recently received event of each customer and window; a cancelled newest event leaves the
    /// window empty, since Stripe dropped the earlier ones when it arrived.
    func countedEvents(meter: MeterRecord, customer: String, from start: Int, to end: Int, visibleAt: Int)
        -> [StoredMeterEvent]
    {
        let visible = meterEvents.events.filter {
            $0.meterID == meter.id && $0.customer == customer && !$0.rejected && $0.received <= visibleAt
        }
        var kept = visible
        if let window = meter.eventTimeWindow {
            let width = window == "hour" ? 3600 : 86_400
            var newest: [Int: StoredMeterEvent] = [:]
            for event in visible {
                let bucket = Self.floor(event.timestamp, width)
                if let held = newest[bucket], held.sequence > event.sequence { continue }
                newest[bucket] = event
            }
            kept = newest.values.sorted { $0.sequence < $1.sequence }
        }
        return kept.filter { !$0.cancelled && $0.timestamp >= start && $0.timestamp < end }
    }

    /// Aggregates events per window (`width` seconds) or over the whole range, newest first.
    static func summaryRows(
        _ events: [StoredMeterEvent], formula: String, start: Int, end: Int, width: Int?
    ) -> [MeterEventSummaryRow] {
        guard let width else {
            return [MeterEventSummaryRow(start: start, end: end, value: aggregate(events, formula: formula))]
        }
        let buckets = Dictionary(grouping: events) { floor($0.timestamp, width) }
        return buckets.keys.sorted(by: >).map { bucket in
            MeterEventSummaryRow(
                start: bucket, end: bucket + width, value: aggregate(buckets[bucket] ?? [], formula: formula))
        }
    }

    /// `sum` adds values, `count` counts events, `last` takes the value of the latest event by
    /// timestamp (the later received on a tie; which one Stripe picks is unverified).
    static func aggregate(_ events: [StoredMeterEvent], formula: String) -> Int {
        switch formula {
        case "count": return events.count
        case "last":
            return events.max { ($0.timestamp, $0.sequence) < ($1.timestamp, $1.sequence) }?.value ?? 0
        default: return events.reduce(0) { $0 &+ $1.value }
        }
    }

    /// The start of the `width`-second window holding `time` (UTC, also for negative times).
    static func floor(_ time: Int, _ width: Int) -> Int {
        time - ((time % width) + width) % width
    }
}
