/// Parameters of `POST /v1/billing/meters`. Everything but `displayName` is create-only.
package struct MeterCreateParams: StripeFormEncodable, Hashable {
    package var displayName: String
    package var eventName: String
    package var formula: StripeMeterFormula
    /// The payload key carrying the customer id; nil keeps Stripe's `stripe_customer_id`.
    package var customerPayloadKey: String?
    /// The payload key carrying the value; nil keeps Stripe's `value`.
    package var valuePayloadKey: String?
    package var eventTimeWindow: StripeEventTimeWindow?

    package init(
        displayName: String, eventName: String, formula: StripeMeterFormula,
        customerPayloadKey: String? = nil,
        valuePayloadKey: String? = nil, eventTimeWindow: StripeEventTimeWindow? = nil
    ) {
        self.displayName = displayName
        self.eventName = eventName
        self.formula = formula
        self.customerPayloadKey = customerPayloadKey
        self.valuePayloadKey = valuePayloadKey
        self.eventTimeWindow = eventTimeWindow
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("display_name", .string(displayName))
        form.append("event_name", .string(eventName))
        form.append("default_aggregation", .object([StripeFormField("formula", .string(formula.rawValue))]))
        if let customerPayloadKey {
            form.append(
                "customer_mapping",
                .object([
                    StripeFormField("event_payload_key", .string(customerPayloadKey)),
                    StripeFormField("type", .string("by_id")),
                ]))
        }
        if let valuePayloadKey {
            form.append(
                "value_settings", .object([StripeFormField("event_payload_key", .string(valuePayloadKey))]))
        }
        form.append("event_time_window", ifPresent: eventTimeWindow.map { .string($0.rawValue) })
        return form
    }
}

/// Parameters of `POST /v1/billing/meters/{id}`: the display name is all that can change.
package struct MeterUpdateParams: StripeFormEncodable, Hashable {
    package var displayName: String?

    package init(displayName: String? = nil) {
        self.displayName = displayName
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("display_name", ifPresent: displayName.map { .string($0) })
        return form
    }
}
