import Foundation

/// A subscription (`sub_…`) and its items (`si_…`).
package struct SubscriptionRecord: Sendable {
    /// One item: a price and, for licensed prices, a quantity.
    package struct Item: Sendable {
        package var id: String
        package var created: Int
        package var priceID: String
        /// `nil` for metered prices, which have no quantity.
        package var quantity: Int?
        package var metadata: [String: String] = [:]
        package var periodStart: Int
        package var periodEnd: Int
    }

    package var id: String
    package var created: Int
    package var customer: String
    package var status = "active"
    package var items: [Item] = []
    package var metadata: [String: String] = [:]
    package var description: String?
    package var cancelAtPeriodEnd = false
    package var canceledAt: Int?
    package var endedAt: Int?
    package var trialEnd: Int?
    package var currency: String
    package var lastProrationBehavior = "create_prorations"
    /// The schedule managing this subscription (`sub_sched_…`), if any.
    package var schedule: String?

    /// The end of one billing period of `recurring` starting at `start` (calendar months, UTC).
    static func periodEnd(start: Int, recurring: PriceRecord.Recurring?) -> Int {
        guard let recurring else { return start }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let component: Calendar.Component = ["day": .day, "week": .weekOfYear, "month": .month, "year": .year][recurring.interval] ?? .month
        let startDate = Date(timeIntervalSince1970: TimeInterval(start))
        let end = calendar.date(byAdding: component, value: recurring.intervalCount, to: startDate) ?? startDate
        return Int(end.timeIntervalSince1970)
    }
}

extension EmulatorState {
    /// Stripe's JSON for a subscription item, with its price inlined as Stripe does.
    func itemJSON(_ item: SubscriptionRecord.Item, subscription: String) -> JSONValue {
        .object([
            ("id", .string(item.id)),
            ("object", .string("subscription_item")),
            ("created", .int(item.created)),
            ("current_period_end", .int(item.periodEnd)),
            ("current_period_start", .int(item.periodStart)),
            ("metadata", .stringMap(item.metadata)),
            ("price", prices[item.priceID].map { renderPrice($0, expand: []) } ?? .string(item.priceID)),
            ("quantity", .int(item.quantity)),
            ("subscription", .string(subscription)),
        ])
    }

    /// Stripe's JSON for a subscription, items embedded as a list.
    func subscriptionJSON(_ subscription: SubscriptionRecord) -> JSONValue {
        let items = subscription.items.map { itemJSON($0, subscription: subscription.id) }
        return .object([
            ("id", .string(subscription.id)),
            ("object", .string("subscription")),
            ("billing_cycle_anchor", .int(subscription.items.first?.periodStart ?? subscription.created)),
            ("cancel_at_period_end", .bool(subscription.cancelAtPeriodEnd)),
            ("canceled_at", .int(subscription.canceledAt)),
            ("collection_method", .string("charge_automatically")),
            ("created", .int(subscription.created)),
            ("currency", .string(subscription.currency)),
            ("customer", .string(subscription.customer)),
            ("description", .string(subscription.description)),
            ("ended_at", .int(subscription.endedAt)),
            ("items", .object([
                ("object", .string("list")),
                ("data", .array(items)),
                ("has_more", .bool(false)),
                ("total_count", .int(items.count)),
                ("url", .string("/v1/subscription_items?subscription=\(subscription.id)")),
            ])),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(subscription.metadata)),
            ("schedule", .string(subscription.schedule)),
            ("start_date", .int(subscription.created)),
            ("status", .string(subscription.status)),
            ("trial_end", .int(subscription.trialEnd)),
        ])
    }
}
