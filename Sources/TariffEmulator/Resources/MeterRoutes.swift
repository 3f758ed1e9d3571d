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

    /// `POST /v1/billing/meter_events`: the event must name an active meter and carry its
    /// customer and value keys; an `identifier` seen before is rejected, not counted twice.
    mutating func meterEventsRoute(_ call: EmulatorCall) throws -> JSONValue {
        guard call.method == "POST", call.segments.count == 2 else { throw call.unrecognized }
        let params = call.params
        try params.rejectUnknown(["event_name", "identifier", "payload", "timestamp"])
        let eventName = try params.requiredString("event_name")
        guard let payloadParams = try params.object("payload") else {
            throw StripeAPIError.missing("payload")
        }
        var payload: [String: String] = [:]
        try MetadataPatch.apply(params, key: "payload", to: &payload)
        guard
            let meter = meters.newestFirst.first(where: { $0.eventName == eventName && $0.status == "active" }
            )
        else {
            throw StripeAPIError.rule(
                "event_name", "No active meter was found for event_name '\(eventName)'.")
        }
        guard payload[meter.customerKey] != nil else {
            throw StripeAPIError.missing(payloadParams.name(meter.customerKey))
        }
        if meter.formula != "count" {
            guard let value = payload[meter.valueKey] else {
                throw StripeAPIError.missing(payloadParams.name(meter.valueKey))
            }
            guard DecimalAmount(value.hasPrefix("-") ? String(value.dropFirst()) : value) != nil else {
                throw StripeAPIError.invalid(
                    payloadParams.name(meter.valueKey), "The value '\(value)' is not a number.")
            }
        }
        let identifier = try params.string("identifier") ?? newID("mev")
        // Stripe de-duplicates identifiers for at least 24 hours; the emulator remembers them
        // for its lifetime and rejects repeats so a double report is visible.
        guard meterEvents[identifier] == nil else {
            throw StripeAPIError(
                status: 400, code: "resource_already_exists", param: "identifier",
                message: "An event with identifier '\(identifier)' already exists.")
        }
        let event = MeterEventRecord(
            identifier: identifier, eventName: eventName, payload: payload,
            timestamp: try params.int("timestamp") ?? call.now, created: call.now)
        meterEvents[identifier] = event
        return event.json(livemode: livemode)
    }
}
