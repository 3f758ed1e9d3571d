/// A meter event as received, before validation: from a v1 form, a v2 JSON body or one element
/// of a stream request.
package struct IncomingMeterEvent: Sendable {
    package var eventName: String
    /// Keys and values as strings (the request readers reject anything else).
    package var payload: [String: String]
    package var identifier: String?
    /// Unix seconds; nil books the event at arrival.
    package var timestamp: Int?
    /// How parameters are named in errors: `""` at the top level, `events[3]` in a stream.
    package var paramPrefix: String = ""

    /// The Stripe name of a parameter of this event (`payload[value]`, `events[3][payload][value]`).
    package func name(_ key: String) -> String {
        paramPrefix.isEmpty ? key : "\(paramPrefix)[\(key.replacingOccurrences(of: "[", with: "]["))"
    }
}

extension EmulatorState {
    /// The longest past Stripe accepts (35 days) and the clock-drift margin into the future (5 min).
    static let meterEventPast = 35 * 86_400
    static let meterEventFuture = 300
    /// Stripe rejects values with more than 15 significant digits (since 2026-04-22.dahlia).
    static let meterEventMaxDigits = 15

    /// Checks one event against Stripe's rules and returns it ready to store.
    ///
    /// Throws Stripe's 400 for every rule v1 and v2 check synchronously: an active meter with
    /// the event name, the meter's customer and value keys in the payload, a whole value of at
    /// most 15 significant digits, a timestamp from 35 days back to 5 minutes ahead of `now`, and
    /// an identifier not used in the last 24 hours. An unknown customer is not a synchronous
    /// error on Stripe: the event comes back `rejected` (stored, never counted) with the
    /// asynchronous report Stripe would send.
    func checkMeterEvent(_ event: IncomingMeterEvent, now: Int) throws(StripeAPIError)
        -> (event: StoredMeterEvent, report: MeterEventAsyncError?)
    {
        guard !event.eventName.isEmpty else { throw .missing(event.name("event_name")) }
        guard event.eventName.count <= 100 else {
            throw .rule(event.name("event_name"), "event_name must be at most 100 characters.")
        }
        if let identifier = event.identifier, identifier.isEmpty || identifier.count > 100 {
            throw .rule(event.name("identifier"), "identifier must be between 1 and 100 characters.")
        }
        guard
            let meter = meters.newestFirst.first(where: {
                $0.eventName == event.eventName && $0.status == "active"
            })
        else {
            let code =
                meters.newestFirst.contains { $0.eventName == event.eventName }
                ? "archived_meter" : "no_meter"
            throw StripeAPIError(
                status: 400, code: code, param: event.name("event_name"),
                message: "No active meter was found for event_name '\(event.eventName)'.")
        }
        guard let customer = event.payload[meter.customerKey], !customer.isEmpty else {
            throw StripeAPIError(
                status: 400, code: "meter_event_no_customer_defined",
                param: event.name("payload[\(meter.customerKey)]"),
                message:
                    "The payload must contain the meter's customer key '\(meter.customerKey)' (see the meter's customer_mapping)."
            )
        }
        let value = try meter.formula == "count" ? 1 : meterEventValue(event, key: meter.valueKey)
        let timestamp = event.timestamp ?? now
        guard timestamp >= now - Self.meterEventPast else {
            throw StripeAPIError(
                status: 400, code: "timestamp_too_far_in_past", param: event.name("timestamp"),
                message: "The timestamp \(timestamp) is more than 35 days in the past (now is \(now)).")
        }
        guard timestamp <= now + Self.meterEventFuture else {
            throw StripeAPIError(
                status: 400, code: "timestamp_in_future", param: event.name("timestamp"),
                message: "The timestamp \(timestamp) is more than 5 minutes in the future (now is \(now)).")
        }
        let identifier = event.identifier ?? "mev_\(meter.id.suffix(8))_\(meterEvents.events.count)_\(now)"
        if meterEvents.recent(identifier, now: now) != nil {
            throw StripeAPIError(
                status: 400, code: "resource_already_exists", param: event.name("identifier"),
                message: "An event already exists with identifier \(identifier).")
        }
        var stored = StoredMeterEvent(
            identifier: identifier, eventName: event.eventName, meterID: meter.id, customer: customer,
            value: value, timestamp: timestamp, received: now, sequence: 0, payload: event.payload)
        var report: MeterEventAsyncError?
        if customers[customer] == nil {
            stored.rejected = true
            report = MeterEventAsyncError(
                code: "meter_event_customer_not_found",
                message: "No customer was found with id '\(customer)'.",
                identifier: identifier, eventName: event.eventName, received: now)
        }
        return (stored, report)
    }

    /// The payload's value under `key`: a whole number of at most 15 significant digits.
    private func meterEventValue(_ event: IncomingMeterEvent, key: String) throws(StripeAPIError) -> Int {
        let param = event.name("payload[\(key)]")
        guard let text = event.payload[key] else {
            throw StripeAPIError(
                status: 400, code: "parameter_missing", param: param,
                message:
                    "Missing required param: \(param). The payload must contain the meter's value key '\(key)'."
            )
        }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw StripeAPIError(
                status: 400, code: "meter_event_invalid_value", param: param,
                message: "The value '\(text)' must be a whole number, sent as a string (e.g. \"25\").")
        }
        let significant = digits.drop { $0 == "0" }
        guard significant.count <= Self.meterEventMaxDigits, let value = Int(text) else {
            throw StripeAPIError(
                status: 400, code: "meter_event_value_too_many_digits", param: param,
                message: "The value '\(text)' has more than \(Self.meterEventMaxDigits) significant digits.")
        }
        return value
    }

    /// Stores a checked event, with its asynchronous report if it was rejected.
    mutating func store(_ checked: (event: StoredMeterEvent, report: MeterEventAsyncError?)) {
        meterEvents.append(checked.event)
        if let report = checked.report { meterEvents.asyncErrors.append(report) }
    }
}
