/// A subscription (`/v1/subscriptions`), read to find who is on a price that a plan replaces.
package struct StripeSubscription: StripeIdentifiable, Hashable {
    package let id: String
    package let customer: StripeExpandable<StripeCustomer>
    package let status: StripeEnum<StripeSubscriptionStatus>
    /// The first page of items; when `items.hasMore`, page the rest with
    /// `StripeClient.listAllSubscriptionItems(subscription:)`.
    package let items: StripeList<StripeSubscriptionItem>
    /// The id of the subscription schedule managing this subscription, if any.
    package let schedule: String?
    /// Older API versions put the period on the subscription; newer ones on each item.
    package let currentPeriodStart: Int?
    package let currentPeriodEnd: Int?
    package let cancelAtPeriodEnd: Bool?
    /// The currency it bills in (lowercase): its prices' currency, or one of their
    /// `currency_options`. Fixed for the subscription's life.
    package let currency: String?
    /// `billing_mode.type`: `classic` or `flexible` (items of different intervals allowed);
    /// `nil` when Stripe did not say (API versions before 2025-06-30.basil).
    package let billingMode: StripeEnum<StripeBillingMode>?
    package let metadata: [String: String]
    package let created: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, customer, status, items, schedule, metadata, created, livemode, currency
        case billingMode = "billing_mode"
        case currentPeriodStart = "current_period_start"
        case currentPeriodEnd = "current_period_end"
        case cancelAtPeriodEnd = "cancel_at_period_end"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        customer = try container.decode(StripeExpandable<StripeCustomer>.self, forKey: .customer)
        status = try container.decode(StripeEnum<StripeSubscriptionStatus>.self, forKey: .status)
        items = try container.decode(StripeList<StripeSubscriptionItem>.self, forKey: .items)
        schedule = try container.decodeIfPresent(
            StripeExpandable<StripeObjectReference>.self, forKey: .schedule)?.id
        currentPeriodStart = try container.decodeIfPresent(Int.self, forKey: .currentPeriodStart)
        currentPeriodEnd = try container.decodeIfPresent(Int.self, forKey: .currentPeriodEnd)
        cancelAtPeriodEnd = try container.decodeIfPresent(Bool.self, forKey: .cancelAtPeriodEnd)
        currency = try container.decodeIfPresent(String.self, forKey: .currency)
        billingMode = try container.decodeIfPresent(BillingModeObject.self, forKey: .billingMode)?.type
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        created = try container.decodeIfPresent(Int.self, forKey: .created) ?? 0
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}

/// The part of `billing_mode` Tariff reads.
private struct BillingModeObject: Decodable {
    var type: StripeEnum<StripeBillingMode>?
}

/// One item of a subscription: a price (always expanded by Stripe) and, for licensed prices, a quantity.
package struct StripeSubscriptionItem: StripeIdentifiable, Hashable {
    package let id: String
    package let price: StripePrice
    /// Absent for metered prices.
    package let quantity: Int?
    package let subscription: String?
    package let currentPeriodStart: Int?
    package let currentPeriodEnd: Int?
    package let metadata: [String: String]
    package let created: Int?

    enum CodingKeys: String, CodingKey {
        case id, price, quantity, subscription, metadata, created
        case currentPeriodStart = "current_period_start"
        case currentPeriodEnd = "current_period_end"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        price = try container.decode(StripePrice.self, forKey: .price)
        quantity = try container.decodeIfPresent(Int.self, forKey: .quantity)
        subscription = try container.decodeIfPresent(String.self, forKey: .subscription)
        currentPeriodStart = try container.decodeIfPresent(Int.self, forKey: .currentPeriodStart)
        currentPeriodEnd = try container.decodeIfPresent(Int.self, forKey: .currentPeriodEnd)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        created = try container.decodeIfPresent(Int.self, forKey: .created)
    }
}
