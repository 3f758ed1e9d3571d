/// A subscription schedule (`sub_sched_…`): phases of items that a subscription moves through.
///
/// Phases start and end only when a test clock advances past their boundaries
/// (`EmulatorState.advanceClock`); without a clock the schedule records what was asked, which is
/// what a migration planned "at period end" needs.
package struct ScheduleRecord: Sendable {
    /// One phase: its items and when it starts and ends.
    package struct Phase: Sendable {
        package var start: Int
        /// Always set once stored: a last phase sent without `end_date` or `duration` lasts one
        /// billing period, as on Stripe.
        package var end: Int
        package var items: [(price: String, quantity: Int?)]
        package var prorationBehavior: String
        package var metadata: [String: String] = [:]
    }

    package var id: String
    package var created: Int
    package var customer: String
    package var subscription: String?
    package var status = "active"
    package var endBehavior = "release"
    package var phases: [Phase]
    /// The index in `phases` of the phase in effect.
    package var currentPhase = 0
    package var metadata: [String: String] = [:]
    package var releasedAt: Int?
    package var releasedSubscription: String?
    package var canceledAt: Int?
    package var completedAt: Int?
    /// The subscription's billing mode, which the schedule shares.
    package var billingMode = "flexible"
    package var billingModeUpdatedAt: Int?
    /// The subscription's currency, reported on every phase.
    package var currency: String
    /// The test clock of the customer, if any.
    package var testClock: String?

    /// Stripe's JSON for the schedule.
    package func json(livemode: Bool) -> JSONValue {
        let current = status == "active" && phases.indices.contains(currentPhase) ? phases[currentPhase] : nil
        return .object([
            ("id", .string(id)),
            ("object", .string("subscription_schedule")),
            ("application", .null),
            ("billing_mode", EmulatorState.billingModeJSON(billingMode, updatedAt: billingModeUpdatedAt)),
            ("canceled_at", .int(canceledAt)),
            ("completed_at", .int(completedAt)),
            ("created", .int(created)),
            (
                "current_phase",
                current.map { .object([("end_date", .int($0.end)), ("start_date", .int($0.start))]) } ?? .null
            ),
            ("customer", .string(customer)),
            ("customer_account", .null),
            ("default_settings", Self.defaultSettingsJSON),
            ("end_behavior", .string(endBehavior)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
            ("pause_schedules", .array([])),
            ("phases", .array(phases.map(phaseJSON))),
            ("released_at", .int(releasedAt)),
            ("released_subscription", .string(releasedSubscription)),
            ("status", .string(status)),
            ("subscription", .string(subscription)),
            ("test_clock", .string(testClock)),
        ])
    }

    /// The schedule's defaults, which the emulator does not let clients set: Stripe's values for a
    /// schedule made from a plain subscription.
    private static let defaultSettingsJSON = JSONValue.object([
        ("application_fee_percent", .null),
        (
            "automatic_tax",
            .object([("disabled_reason", .null), ("enabled", .bool(false)), ("liability", .null)])
        ),
        ("billing_cycle_anchor", .string("automatic")),
        ("billing_thresholds", .null),
        ("collection_method", .string("charge_automatically")),
        ("default_payment_method", .null),
        ("description", .null),
        (
            "invoice_settings",
            .object([
                ("account_tax_ids", .null), ("days_until_due", .null),
                ("issuer", .object([("type", .string("self"))])),
            ])
        ),
        ("on_behalf_of", .null),
        ("transfer_data", .null),
    ])

    private func phaseJSON(_ phase: Phase) -> JSONValue {
        .object([
            ("add_invoice_items", .array([])),
            ("application_fee_percent", .null),
            ("billing_cycle_anchor", .null),
            ("billing_thresholds", .null),
            ("collection_method", .null),
            ("currency", .string(currency)),
            ("default_payment_method", .null),
            ("default_tax_rates", .array([])),
            ("description", .null),
            ("discounts", .array([])),
            ("end_date", .int(phase.end)),
            ("invoice_settings", .null),
            (
                "items",
                .array(
                    phase.items.map {
                        .object([
                            ("billing_thresholds", .null), ("discounts", .array([])),
                            ("metadata", .object([])),
                            ("plan", .string($0.price)), ("price", .string($0.price)),
                            ("quantity", .int($0.quantity)), ("tax_rates", .array([])),
                        ])
                    })
            ),
            ("metadata", .stringMap(phase.metadata)),
            ("on_behalf_of", .null),
            ("proration_behavior", .string(phase.prorationBehavior)),
            ("start_date", .int(phase.start)),
            ("transfer_data", .null),
            ("trial_end", .null),
        ])
    }
}
