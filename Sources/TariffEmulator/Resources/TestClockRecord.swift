/// A test clock (`clock_…`): a frozen time that the customers attached to it, and their
/// subscriptions and schedules, live in until it is advanced.
package struct TestClockRecord: Sendable {
    package var id: String
    package var created: Int
    package var frozenTime: Int
    package var name: String?

    /// Stripe deletes a test clock 30 days after it was created.
    package var deletesAfter: Int { created + 30 * 86_400 }

    /// Stripe's JSON for the clock. Advancing runs to completion within the request, so the
    /// clock is always `ready` when answered (Stripe reports `advancing` until it is done).
    package func json(livemode: Bool) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("object", .string("test_helpers.test_clock")),
            ("created", .int(created)),
            ("deletes_after", .int(deletesAfter)),
            ("frozen_time", .int(frozenTime)),
            ("livemode", .bool(livemode)),
            ("name", .string(name)),
            ("status", .string("ready")),
            ("status_details", .object([])),
        ])
    }
}
