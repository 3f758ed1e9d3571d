extension EmulatorState {
    /// `/v1/billing/meters`, `/v1/billing/meters/{id}` and its `deactivate`/`reactivate` actions.
    mutating func metersRoute(_ call: EmulatorCall) throws -> JSONValue {
        let path = Array(call.segments.dropFirst(2))
        switch (call.method, path.count) {
        case ("POST", 0): return try createMeter(call)
        case ("GET", 0): return try listMeters(call)
        case ("GET", 1):
            try call.params.rejectUnknown([])
            return try meter(path[0]).json(livemode: livemode)
        case ("POST", 1):
            try call.params.rejectUnknown(["display_name"])
            var meter = try meter(path[0])
            if call.params.has("display_name") {
                meter.displayName = try call.params.requiredString("display_name")
                meter.updated = call.now
            }
            meters[meter.id] = meter
            return meter.json(livemode: livemode)
        case ("GET", 2) where path[1] == "event_summaries":
            return try meterEventSummaries(meterID: path[0], call)
        case ("POST", 2) where path[1] == "deactivate" || path[1] == "reactivate":
            try call.params.rejectUnknown([])
            var meter = try meter(path[0])
            // Stripe does not document a second deactivate or reactivate; the emulator
            // treats it as a no-op that returns the meter unchanged.
            let target = path[1] == "deactivate" ? "inactive" : "active"
            if meter.status != target {
                meter.status = target
                meter.deactivatedAt = target == "inactive" ? call.now : nil
                meter.updated = call.now
            }
            meters[meter.id] = meter
            return meter.json(livemode: livemode)
        default: throw call.unrecognized
        }
    }

    /// The meter with `id`, or a 404 `resource_missing`.
    func meter(_ id: String) throws(StripeAPIError) -> MeterRecord {
        guard let meter = meters[id] else { throw .noSuch("billing meter", id, param: "id", inPath: true) }
        return meter
    }

    /// `POST /v1/billing/meters`: aggregation, names and payload keys, with Stripe's defaults.
    private mutating func createMeter(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        try params.rejectUnknown([
            "customer_mapping", "default_aggregation", "display_name", "event_name", "event_time_window",
            "value_settings",
        ])
        guard let aggregation = try params.object("default_aggregation") else {
            throw StripeAPIError.missing("default_aggregation")
        }
        try aggregation.rejectUnknown(["formula"])
        guard let formula = try aggregation.oneOf("formula", ["count", "last", "sum"]) else {
            throw StripeAPIError.missing("default_aggregation[formula]")
        }
        let displayName = try params.requiredString("display_name")
        let eventName = try params.requiredString("event_name")
        guard eventName.count <= 100 else {
            throw StripeAPIError.rule("event_name", "event_name must be at most 100 characters.")
        }
        // A deactivated meter keeps its event_name (reported by third parties, unverified);
        // the emulator follows that report, so reactivating is the way back.
        if let holder = meters.newestFirst.first(where: { $0.eventName == eventName }) {
            throw StripeAPIError(
                status: 400, code: "resource_already_exists", param: "event_name",
                message: "A meter with event_name '\(eventName)' already exists (\(holder.id)).")
        }
        var customerKey = "stripe_customer_id"
        if let mapping = try params.object("customer_mapping") {
            try mapping.rejectUnknown(["event_payload_key", "type"])
            customerKey = try mapping.requiredString("event_payload_key")
            guard try mapping.oneOf("type", ["by_id"]) != nil else {
                throw StripeAPIError.missing("customer_mapping[type]")
            }
        }
        var valueKey = "value"
        if let settings = try params.object("value_settings") {
            try settings.rejectUnknown(["event_payload_key"])
            valueKey = try settings.requiredString("event_payload_key")
        }
        let meter = MeterRecord(
            id: newID("mtr"), created: call.now, updated: call.now, displayName: displayName,
            eventName: eventName,
            formula: formula, customerKey: customerKey, valueKey: valueKey,
            eventTimeWindow: try params.oneOf("event_time_window", ["day", "hour"]))
        meters[meter.id] = meter
        return meter.json(livemode: livemode)
    }

    /// `GET /v1/billing/meters`, optionally by `status`.
    private func listMeters(_ call: EmulatorCall) throws -> JSONValue {
        try call.params.rejectUnknown(["limit", "starting_after", "ending_before", "status"])
        let page = try ListPage(call.params)
        let status = try call.params.oneOf("status", ["active", "inactive"])
        let slice = try page.slice(meters.idsNewestFirst, kind: "billing meter") { id in
            status == nil || meters[id]?.status == status
        }
        let data = slice.ids.compactMap { meters[$0]?.json(livemode: livemode) }
        return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/billing/meters")
    }
}
