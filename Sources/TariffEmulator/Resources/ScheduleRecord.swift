/// A subscription schedule (`sub_sched_…`): phases of items that a subscription moves through.
///
/// The emulator has no clock that advances, so phases never start or end by themselves; the
/// schedule records what was asked, which is what a migration planned "at period end" needs.
package struct ScheduleRecord: Sendable {
    /// One phase: its items and when it starts and ends.
    package struct Phase: Sendable {
        package var start: Int
        package var end: Int?
        package var items: [(price: String, quantity: Int?)]
        package var prorationBehavior: String
    }

    package var id: String
    package var created: Int
    package var customer: String
    package var subscription: String?
    package var status = "active"
    package var endBehavior = "release"
    package var phases: [Phase]
    package var metadata: [String: String] = [:]
    package var releasedAt: Int?
    package var releasedSubscription: String?
    package var canceledAt: Int?

    /// Stripe's JSON for the schedule.
    package func json(livemode: Bool) -> JSONValue {
        let current = status == "active" ? phases.first : nil
        return .object([
            ("id", .string(id)),
            ("object", .string("subscription_schedule")),
            ("canceled_at", .int(canceledAt)),
            ("completed_at", .null),
            ("created", .int(created)),
            (
                "current_phase",
                current.map { .object([("end_date", .int($0.end)), ("start_date", .int($0.start))]) } ?? .null
            ),
            ("customer", .string(customer)),
            ("end_behavior", .string(endBehavior)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
            ("phases", .array(phases.map(Self.phaseJSON))),
            ("released_at", .int(releasedAt)),
            ("released_subscription", .string(releasedSubscription)),
            ("status", .string(status)),
            ("subscription", .string(subscription)),
            ("test_clock", .null),
        ])
    }

    private static func phaseJSON(_ phase: Phase) -> JSONValue {
        .object([
            ("end_date", .int(phase.end)),
            (
                "items",
                .array(
                    phase.items.map {
                        .object([
                            ("metadata", .object([])), ("price", .string($0.price)),
                            ("quantity", .int($0.quantity)),
                        ])
                    })
            ),
            ("proration_behavior", .string(phase.prorationBehavior)),
            ("start_date", .int(phase.start)),
        ])
    }
}
