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
        /// Where the usage not invoiced yet starts, after a threshold invoice cut the period;
        /// nil: at `periodStart`.
        package var usageFrom: Int? = nil
    }

    /// `billing_thresholds`: invoice as soon as the period's metered amount reaches `amountGTE`.
    package struct BillingThresholds: Sendable {
        package var amountGTE: Int
        package var resetBillingCycleAnchor: Bool
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
    package var trialStart: Int?
    package var collectionMethod = "charge_automatically"
    package var daysUntilDue: Int?
    package var defaultPaymentMethod: String?
    package var currency: String
    package var lastProrationBehavior = "create_prorations"
    /// The schedule managing this subscription (`sub_sched_…`), if any.
    package var schedule: String?
    /// `flexible` (Stripe's default for new subscriptions) or `classic`.
    package var billingMode = "flexible"
    /// When `billing_mode` was set (creation), as Stripe reports it.
    package var billingModeUpdatedAt: Int?
    /// The test clock of the customer (`clock_…`), whose time the subscription lives in.
    package var testClock: String?
    /// Pay as you go: see `Thresholds.swift`.
    package var billingThresholds: BillingThresholds?

    /// The end of one billing period of `recurring` starting at `start` (calendar months, UTC).
    static func periodEnd(start: Int, recurring: PriceRecord.Recurring?) -> Int {
        guard let recurring else { return start }
        return periodEnd(start: start, interval: recurring.interval, count: recurring.intervalCount)
    }

    /// `start` plus `count` calendar `interval`s (`day`, `week`, `month`, `year`), in UTC.
    static func periodEnd(start: Int, interval: String, count: Int) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let component: Calendar.Component =
            ["day": .day, "week": .weekOfYear, "month": .month, "year": .year][interval] ?? .month
        let startDate = Date(timeIntervalSince1970: TimeInterval(start))
        let end = calendar.date(byAdding: component, value: count, to: startDate) ?? startDate
        return Int(end.timeIntervalSince1970)
    }
}

extension EmulatorState {
    /// Stripe's JSON for a subscription item, with its price inlined as Stripe does.
    func itemJSON(_ item: SubscriptionRecord.Item, subscription: String) -> JSONValue {
        .object([
            ("id", .string(item.id)),
            ("object", .string("subscription_item")),
            ("billing_thresholds", .null),
            ("created", .int(item.created)),
            ("current_period_end", .int(item.periodEnd)),
            ("current_period_start", .int(item.periodStart)),
            ("discounts", .array([])),
            ("metadata", .stringMap(item.metadata)),
            ("plan", prices[item.priceID].map(planJSON) ?? .null),
            ("price", prices[item.priceID].map { renderPrice($0, expand: []) } ?? .string(item.priceID)),
            ("quantity", .int(item.quantity)),
            ("subscription", .string(subscription)),
            ("tax_rates", .array([])),
        ])
    }

    /// Stripe's `billing_mode` object, shared by subscriptions and their schedules.
    static func billingModeJSON(_ mode: String, updatedAt: Int?) -> JSONValue {
        .object([
            (
                "flexible",
                mode == "flexible" ? .object([("proration_discounts", .string("included"))]) : .null
            ),
            ("type", .string(mode)),
            ("updated_at", .int(updatedAt)),
        ])
    }

    /// The legacy `plan` view of a recurring price that Stripe still shows on subscription items.
    func planJSON(_ price: PriceRecord) -> JSONValue {
        .object([
            ("id", .string(price.id)),
            ("object", .string("plan")),
            ("active", .bool(price.active)),
            ("amount", .int(price.unitAmount?.integerValue)),
            ("amount_decimal", .string(price.unitAmount?.normalized)),
            ("billing_scheme", .string(price.billingScheme)),
            ("created", .int(price.created)),
            ("currency", .string(price.currency)),
            ("interval", .string(price.recurring?.interval)),
            ("interval_count", .int(price.recurring?.intervalCount)),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(price.metadata)),
            ("meter", .string(price.recurring?.meter)),
            ("nickname", .string(price.nickname)),
            ("product", .string(price.productID)),
            ("tiers_mode", .string(price.tiersMode)),
            (
                "transform_usage",
                price.transformQuantity.map {
                    .object([("divide_by", .int($0.divideBy)), ("round", .string($0.round))])
                } ?? .null
            ),
            ("trial_period_days", .int(price.recurring?.trialPeriodDays)),
            ("usage_type", .string(price.recurring?.usageType)),
        ])
    }

    /// Stripe's JSON for a subscription, items embedded as a list.
    ///
    /// Like Stripe, the embedded list holds at most 10 items and sets `has_more` beyond that,
    /// so clients must page the rest through `GET /v1/subscription_items`.
    func subscriptionJSON(_ subscription: SubscriptionRecord) -> JSONValue {
        let items = subscription.items.prefix(10).map { itemJSON($0, subscription: subscription.id) }
        let itemList = JSONValue.object([
            ("object", .string("list")),
            ("data", .array(items)),
            ("has_more", .bool(subscription.items.count > 10)),
            ("total_count", .int(subscription.items.count)),
            ("url", .string("/v1/subscription_items?subscription=\(subscription.id)")),
        ])
        let cancellation = JSONValue.object([
            ("comment", .null), ("feedback", .null),
            ("reason", subscription.status == "canceled" ? .string("cancellation_requested") : .null),
        ])
        // Fields the emulator does not model are present as Stripe's defaults, so clients
        // and SDKs that read them see what Stripe sends for a plain subscription.
        return .object([
            ("id", .string(subscription.id)),
            ("object", .string("subscription")),
            ("application", .null),
            ("application_fee_percent", .null),
            (
                "automatic_tax",
                .object([("disabled_reason", .null), ("enabled", .bool(false)), ("liability", .null)])
            ),
            ("billing_cycle_anchor", .int(subscription.items.first?.periodStart ?? subscription.created)),
            ("billing_cycle_anchor_config", .null),
            (
                "billing_mode",
                Self.billingModeJSON(subscription.billingMode, updatedAt: subscription.billingModeUpdatedAt)
            ),
            ("billing_schedules", .array([])),
            (
                "billing_thresholds",
                subscription.billingThresholds.map {
                    .object([
                        ("amount_gte", .int($0.amountGTE)),
                        ("reset_billing_cycle_anchor", .bool($0.resetBillingCycleAnchor)),
                    ])
                } ?? .null
            ),
            ("cancel_at", .null),
            ("cancel_at_period_end", .bool(subscription.cancelAtPeriodEnd)),
            ("canceled_at", .int(subscription.canceledAt)),
            ("cancellation_details", cancellation),
            ("collection_method", .string(subscription.collectionMethod)),
            ("created", .int(subscription.created)),
            ("currency", .string(subscription.currency)),
            ("customer", .string(subscription.customer)),
            ("days_until_due", .int(subscription.daysUntilDue)),
            ("default_payment_method", .string(subscription.defaultPaymentMethod)),
            ("default_source", .null),
            ("default_tax_rates", .array([])),
            ("description", .string(subscription.description)),
            ("discounts", .array([])),
            ("ended_at", .int(subscription.endedAt)),
            (
                "invoice_settings",
                .object([("account_tax_ids", .null), ("issuer", .object([("type", .string("self"))]))])
            ),
            ("items", itemList),
            ("latest_invoice", .null),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(subscription.metadata)),
            ("next_pending_invoice_item_invoice", .null),
            ("on_behalf_of", .null),
            ("pause_collection", .null),
            (
                "payment_settings",
                .object([
                    ("payment_method_options", .null), ("payment_method_types", .null),
                    ("save_default_payment_method", .string("off")),
                ])
            ),
            ("pending_invoice_item_interval", .null),
            ("pending_setup_intent", .null),
            ("pending_update", .null),
            ("schedule", .string(subscription.schedule)),
            ("start_date", .int(subscription.created)),
            ("status", .string(subscription.status)),
            ("test_clock", .string(subscription.testClock)),
            ("transfer_data", .null),
            ("trial_end", .int(subscription.trialEnd)),
            (
                "trial_settings",
                .object([("end_behavior", .object([("missing_payment_method", .string("create_invoice"))]))])
            ),
            ("trial_start", .int(subscription.trialStart)),
        ])
    }
}
