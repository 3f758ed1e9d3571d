extension EmulatorState {
    /// How long a meter event session's token is valid (stripe-usage.md §3).
    static let meterEventSessionLifetime = 15 * 60
    /// Stripe's limit of events per stream request.
    static let maxStreamEvents = 100

    /// Routes `POST /v2/billing/{route}` authenticated with the API key.
    mutating func dispatchV2(route: String, body: V2JSONBody, now: Int) throws(StripeAPIError) -> JSONValue {
        switch route {
        case "meter_event_session":
            try body.rejectUnknown([])
            let session = MeterEventSessionRecord(
                id: newID("mes"), token: "mest_" + random.token(length: 48), created: now,
                expiresAt: now + Self.meterEventSessionLifetime)
            meterEvents.sessions[session.token] = session
            return .object([
                ("id", .string(session.id)),
                ("object", .string("v2.billing.meter_event_session")),
                ("authentication_token", .string(session.token)),
                ("created", .string(EmulatorISOTime.string(session.created))),
                ("expires_at", .string(EmulatorISOTime.string(session.expiresAt))),
                ("livemode", .bool(livemode)),
            ])
        case "meter_events":
            let checked = try checkMeterEvent(try body.meterEvent(), now: now)
            store(checked)
            return Self.meterEventJSON(checked.event, livemode: livemode, iso: true)
        case "meter_event_adjustments":
            try body.rejectUnknown(["cancel", "event_name", "type"])
            let eventName = try body.requiredString("event_name")
            guard try body.requiredString("type") == "cancel" else {
                throw .invalid("type", "Invalid type: must be cancel")
            }
            guard let cancel = try body.object("cancel") else { throw .missing("cancel") }
            let identifier = try cancel.requiredString("identifier")
            try cancelMeterEvent(
                eventName: eventName, identifier: identifier, param: "cancel[identifier]", now: now)
            return .object([
                ("id", .string(newID("mea"))),
                ("object", .string("v2.billing.meter_event_adjustment")),
                ("cancel", .object([("identifier", .string(identifier))])),
                ("created", .string(EmulatorISOTime.string(now))),
                ("event_name", .string(eventName)),
                ("livemode", .bool(livemode)),
                ("status", .string("pending")),
                ("type", .string("cancel")),
            ])
        default:
            throw StripeAPIError(
                status: 404, code: nil, param: nil,
                message: "Unrecognized request URL (POST: /v2/billing/\(route)).")
        }
    }

    /// `POST /v2/billing/meter_event_stream`: up to 100 events, validated asynchronously.
    ///
    /// The request's shape is checked at once (400); each event's rules are not: an event that
    /// breaks one is dropped and reported (`GET /_emulator/meter_event_errors`), as Stripe
    /// reports it in `v1.billing.meter.error_report_triggered`. A repeated identifier is dropped
    /// the same way, so a re-sent batch never counts twice.
    mutating func streamMeterEvents(_ body: V2JSONBody, now: Int) throws(StripeAPIError) -> JSONValue {
        try body.rejectUnknown(["events"])
        guard let events = try body.objects("events"), !events.isEmpty else { throw .missing("events") }
        guard events.count <= Self.maxStreamEvents else {
            throw .rule(
                "events",
                "A request can carry at most \(Self.maxStreamEvents) events; it had \(events.count).")
        }
        let incoming = try events.map { element throws(StripeAPIError) in try element.meterEvent() }
        for event in incoming {
            do throws(StripeAPIError) {
                store(try checkMeterEvent(event, now: now))
            } catch {
                meterEvents.asyncErrors.append(
                    MeterEventAsyncError(
                        code: error.code ?? "invalid_request", message: error.message,
                        identifier: event.identifier,
                        eventName: event.eventName, received: now))
            }
        }
        return .object([])
    }
}
