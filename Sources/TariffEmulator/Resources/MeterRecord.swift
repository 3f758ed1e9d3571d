/// A billing meter (`mtr_…`). Meters have no metadata and cannot be deleted.
package struct MeterRecord: Sendable {
    package var id: String
    package var created: Int
    package var updated: Int
    package var displayName: String
    package var eventName: String
    package var formula: String
    package var customerKey: String
    package var valueKey: String
    package var eventTimeWindow: String?
    package var status = "active"
    package var deactivatedAt: Int?

    /// Stripe's JSON for the meter.
    package func json(livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("object", .string("billing.meter")),
            ("created", .int(created)),
            (
                "customer_mapping",
                .object([("event_payload_key", .string(customerKey)), ("type", .string("by_id"))])
            ),
            ("default_aggregation", .object([("formula", .string(formula))])),
            ("display_name", .string(displayName)),
            ("event_name", .string(eventName)),
            ("event_time_window", .string(eventTimeWindow)),
            ("livemode", .bool(livemode)),
            ("status", .string(status)),
            ("status_transitions", .object([("deactivated_at", .int(deactivatedAt))])),
            ("updated", .int(updated)),
            ("value_settings", .object([("event_payload_key", .string(valueKey))])),
        ])
    }
}
