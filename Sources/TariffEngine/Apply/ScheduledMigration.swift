import TariffStripe

// `migrate_at_period_end`: a subscription schedule made from the subscription keeps its current
// phase as it is and adds a second phase, starting at the current period's end, with the items on
// the new prices (quantities kept, none for metered items). The schedule then releases the
// subscription, which keeps billing on the new prices with no schedule attached.
//
// Stripe takes nothing beside `from_subscription` when it creates a schedule from a subscription,
// so this is two requests: the create, then an update that sets the phases and Tariff's marker.
// A run interrupted between the two leaves a schedule that mirrors the subscription and changes
// nothing; the next run recognises it and completes it.

extension ApplyExecutor {
    /// The metadata key that marks a schedule as Tariff's migration, so a re-run finishes its own
    /// schedule and leaves anyone else's alone.
    static let scheduleMarker = "tariff_migration"

    /// Schedules a subscription's move at its period end.
    /// - Parameter targets: new price id by old price id.
    /// - Parameter unquantified: the old price ids whose items move without a quantity (the new
    ///   price is metered, and Stripe refuses a quantity for a metered item).
    func scheduleMigration(
        _ subscriptionID: String, hasSchedule: Bool, targets: [String: String], unquantified: Set<String>,
        proration: StripeProrationBehavior, step: ApplyStep, context: ApplyRunContext
    ) async throws -> String {
        let marker = targets.keys.sorted().map { "\($0)>\(targets[$0] ?? "")" }.joined(separator: ",")
        let schedule: SubscriptionScheduleObject
        if hasSchedule {
            let subscription: StripeSubscription = try await client.get(
                StripePath.make("/v1/subscriptions", subscriptionID))
            guard let scheduleID = subscription.schedule else {
                return try await scheduleMigration(
                    subscriptionID, hasSchedule: false, targets: targets, unquantified: unquantified,
                    proration: proration, step: step, context: context)
            }
            schedule = try await client.get(StripePath.make("/v1/subscription_schedules", scheduleID))
            guard schedule.metadata[Self.scheduleMarker] != nil || Self.isUnchanged(schedule, subscription)
            else {
                await context.warn(
                    "subscription \(subscriptionID) is managed by schedule \(scheduleID), which Tariff did not create; it was left on its current prices — move it by editing that schedule"
                )
                return scheduleID
            }
        } else {
            // Stripe takes no other parameter beside `from_subscription`; the marker goes on the update.
            var form = StripeForm()
            form.append("from_subscription", .string(subscriptionID))
            schedule = try await client.post(
                "/v1/subscription_schedules", form: form, idempotencyKey: key(step, "schedule"))
        }
        guard let current = schedule.phases.first else { return schedule.id }
        var form = Self.phasesForm(
            current: current, targets: targets, unquantified: unquantified, proration: proration)
        form.append("metadata", .map([Self.scheduleMarker: String(marker.prefix(500))]))
        let updated: SubscriptionScheduleObject = try await client.post(
            StripePath.make("/v1/subscription_schedules", schedule.id), form: form,
            idempotencyKey: key(step, "phases"))
        return updated.id
    }

    /// Whether a schedule without Tariff's marker is what creating one from the subscription gives:
    /// no metadata, one phase on exactly the subscription's prices. Such a schedule changes
    /// nothing, so completing it cannot undo anyone's plan; it is what an apply interrupted after
    /// the create leaves behind.
    static func isUnchanged(_ schedule: SubscriptionScheduleObject, _ subscription: StripeSubscription)
        -> Bool
    {
        guard schedule.metadata.isEmpty, schedule.phases.count == 1, let phase = schedule.phases.first else {
            return false
        }
        return phase.items.map(\.price).sorted() == subscription.items.data.map(\.price.id).sorted()
    }

    /// `phases[0]` = the current phase unchanged, `phases[1]` = as long again on the new prices
    /// (`end_date`; Stripe removed `iterations` in API 2025-09-30.clover). Releasing at its end
    /// changes no item, so its exact length does not matter. An item moved to a metered price
    /// (`unquantified`) goes without its quantity.
    static func phasesForm(
        current: SubscriptionScheduleObject.Phase, targets: [String: String], unquantified: Set<String> = [],
        proration: StripeProrationBehavior
    ) -> StripeForm {
        func items(_ moved: Bool) -> StripeFormValue {
            .indexed(
                current.items.map { item in
                    let price = moved ? targets[item.price] ?? item.price : item.price
                    var fields = [StripeFormField("price", .string(price))]
                    let dropsQuantity =
                        moved && targets[item.price] != nil && unquantified.contains(item.price)
                    if let quantity = item.quantity, !dropsQuantity {
                        fields.append(StripeFormField("quantity", .integer(quantity)))
                    }
                    return .object(fields)
                })
        }
        var first = [
            StripeFormField("items", items(false)),
            StripeFormField("start_date", .integer(current.startDate)),
        ]
        var second = [StripeFormField("items", items(true))]
        if let end = current.endDate {
            first.append(StripeFormField("end_date", .integer(end)))
            second.append(StripeFormField("end_date", .integer(end + max(end - current.startDate, 86_400))))
        }
        second.append(StripeFormField("proration_behavior", .string(proration.rawValue)))
        var form = StripeForm()
        form.append("end_behavior", .string("release"))
        form.append("phases", .indexed([.object(first), .object(second)]))
        return form
    }
}

/// The parts of a subscription schedule apply reads.
struct SubscriptionScheduleObject: Decodable, Sendable {
    /// One phase: when it runs and on which prices.
    struct Phase: Decodable, Sendable {
        var startDate: Int
        var endDate: Int?
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case items
            case startDate = "start_date"
            case endDate = "end_date"
        }
    }

    /// One item of a phase; `price` is an id (schedules do not expand it by default).
    struct Item: Decodable, Sendable {
        var price: String
        var quantity: Int?
    }

    var id: String
    var metadata: [String: String]
    var phases: [Phase]

    enum CodingKeys: String, CodingKey {
        case id, metadata, phases
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        phases = try container.decodeIfPresent([Phase].self, forKey: .phases) ?? []
    }
}
