extension EmulatorState {
    /// `POST /v1/billing/meter_events`: one event, checked by `checkMeterEvent`.
    mutating func meterEventsRoute(_ call: EmulatorCall) throws -> JSONValue {
        guard call.method == "POST", call.segments.count == 2 else { throw call.unrecognized }
        let params = call.params
        try params.rejectUnknown(["event_name", "identifier", "payload", "timestamp"])
        let eventName = try params.requiredString("event_name")
        guard let payloadParams = try params.object("payload") else {
            throw StripeAPIError.missing("payload")
        }
        var payload: [String: String] = [:]
        for key in payloadParams.keys {
            // A nested value (`payload[a][b]=1`) is refused here: payload values are strings.
            payload[key] = try payloadParams.string(key)
        }
        let incoming = IncomingMeterEvent(
            eventName: eventName, payload: payload, identifier: try params.string("identifier"),
            timestamp: try params.int("timestamp"))
        let checked = try checkMeterEvent(incoming, now: call.now)
        store(checked)
        return Self.meterEventJSON(checked.event, livemode: livemode, iso: false)
    }

    /// `POST /v1/billing/meter_event_adjustments`: `type=cancel` with `cancel[identifier]`.
    mutating func meterEventAdjustmentsRoute(_ call: EmulatorCall) throws -> JSONValue {
        guard call.method == "POST", call.segments.count == 2 else { throw call.unrecognized }
        let params = call.params
        try params.rejectUnknown(["cancel", "event_name", "type"])
        let eventName = try params.requiredString("event_name")
        guard try params.oneOf("type", ["cancel"]) != nil else { throw StripeAPIError.missing("type") }
        guard let cancel = try params.object("cancel") else { throw StripeAPIError.missing("cancel") }
        try cancel.rejectUnknown(["identifier"])
        let identifier = try cancel.requiredString("identifier")
        try cancelMeterEvent(
            eventName: eventName, identifier: identifier, param: "cancel[identifier]", now: call.now)
        return .object([
            ("object", .string("billing.meter_event_adjustment")),
            ("cancel", .object([("identifier", .string(identifier))])),
            ("event_name", .string(eventName)),
            ("livemode", .bool(livemode)),
            ("status", .string("pending")),
            ("type", .string("cancel")),
        ])
    }

    /// Cancels the event with `identifier` and `eventName`, if Stripe still would: only events
    /// received in the last 24 hours can be cancelled.
    mutating func cancelMeterEvent(eventName: String, identifier: String, param: String, now: Int)
        throws(StripeAPIError)
    {
        guard let event = meterEvents.recent(identifier, now: now), event.eventName == eventName else {
            throw StripeAPIError(
                status: 400, code: "resource_missing", param: param,
                message:
                    "No meter event with identifier '\(identifier)' and event_name '\(eventName)' was received in the last 24 hours; only those can be cancelled."
            )
        }
        meterEvents.cancel(identifier)
    }

    /// Stripe's JSON for an accepted event: v1 (`billing.meter_event`, Unix seconds) or v2
    /// (`v2.billing.meter_event`, ISO-8601 strings).
    static func meterEventJSON(_ event: StoredMeterEvent, livemode: Bool, iso: Bool) -> JSONValue {
        let time: (Int) -> JSONValue = { iso ? .string(EmulatorISOTime.string($0)) : .int($0) }
        return .object([
            ("object", .string(iso ? "v2.billing.meter_event" : "billing.meter_event")),
            ("created", time(event.received)),
            ("event_name", .string(event.eventName)),
            ("identifier", .string(event.identifier)),
            ("livemode", .bool(livemode)),
            ("payload", .stringMap(event.payload)),
            ("timestamp", time(event.timestamp)),
        ])
    }
}
