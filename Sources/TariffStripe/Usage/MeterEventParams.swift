/// One usage event: the parameters of `POST /v1/billing/meter_events`, and of one element of the
/// v2 stream's `events` (stripe-usage.md §1.1, §3).
///
/// Values travel as strings, as Stripe requires (`payload[value]=25`); the typed initialiser
/// takes the customer and a whole-number value and spells them under the meter's payload keys.
package struct MeterEventCreateParams: StripeFormEncodable, Hashable {
    /// An active meter's `event_name` (at most 100 characters).
    package var eventName: String
    /// The payload; values are strings.
    package var payload: [String: String]
    /// At most 100 characters; Stripe generates one when nil and rejects a repeat within 24 hours.
    package var identifier: String?
    /// Unix seconds; nil books the usage at arrival. Stripe takes 35 days back to 5 minutes ahead.
    package var timestamp: Int?

    package init(
        eventName: String, payload: [String: String], identifier: String? = nil, timestamp: Int? = nil
    ) {
        self.eventName = eventName
        self.payload = payload
        self.identifier = identifier
        self.timestamp = timestamp
    }

    /// An event for `customer` with a whole-number `value`, under the meter's payload keys
    /// (Stripe's defaults `stripe_customer_id` and `value` unless the meter maps others).
    package init(
        eventName: String, customer: String, value: Int, identifier: String? = nil, timestamp: Int? = nil,
        customerKey: String = "stripe_customer_id", valueKey: String = "value"
    ) {
        self.init(
            eventName: eventName, payload: [customerKey: customer, valueKey: String(value)],
            identifier: identifier, timestamp: timestamp)
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("event_name", .string(eventName))
        form.append("payload", .map(payload))
        form.append("identifier", ifPresent: identifier.map { .string($0) })
        form.append("timestamp", ifPresent: timestamp.map { .integer($0) })
        return form
    }

    /// The v2 JSON object, `timestamp` as an ISO-8601 string.
    var v2Body: V2MeterEventBody {
        V2MeterEventBody(
            eventName: eventName, payload: payload, identifier: identifier,
            timestamp: timestamp.map(StripeISOTime.string))
    }
}

/// `POST /v1/billing/meter_event_adjustments` (and v2): cancel one event by its identifier.
/// Stripe only cancels events it received within the last 24 hours.
package struct MeterEventAdjustmentParams: StripeFormEncodable, Hashable {
    package var eventName: String
    /// The identifier of the event to cancel.
    package var identifier: String

    package init(eventName: String, identifier: String) {
        self.eventName = eventName
        self.identifier = identifier
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("event_name", .string(eventName))
        form.append("type", .string("cancel"))
        form.append("cancel", .object([StripeFormField("identifier", .string(identifier))]))
        return form
    }

    /// The v2 JSON body.
    var v2Body: V2MeterEventAdjustmentBody {
        V2MeterEventAdjustmentBody(eventName: eventName, cancel: .init(identifier: identifier))
    }
}

/// The query of `GET /v1/billing/meters/{id}/event_summaries`, without the cursors.
///
/// Stripe requires minute-aligned times; with `groupingWindow` `hour` they must be whole hours,
/// with `day` midnights UTC. Without a grouping window Stripe returns one summary for the range.
package struct MeterEventSummaryParams: StripeFormEncodable, Hashable {
    package var customer: String
    /// Inclusive, Unix seconds.
    package var startTime: Int
    /// Exclusive, Unix seconds.
    package var endTime: Int
    package var groupingWindow: StripeEventTimeWindow?

    package init(customer: String, startTime: Int, endTime: Int, groupingWindow: StripeEventTimeWindow? = nil)
    {
        self.customer = customer
        self.startTime = startTime
        self.endTime = endTime
        self.groupingWindow = groupingWindow
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("customer", .string(customer))
        form.append("start_time", .integer(startTime))
        form.append("end_time", .integer(endTime))
        form.append("value_grouping_window", ifPresent: groupingWindow.map { .string($0.rawValue) })
        return form
    }
}
