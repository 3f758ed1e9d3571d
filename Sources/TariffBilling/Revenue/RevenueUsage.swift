/// Usage of one meter so far in a subscription item's current billing period: what the meter
/// would bill if the period ended now, before the price turns it into money.
package struct RevenueUsageInput: Sendable, Hashable {
    package var customer: String
    package var subscription: String
    /// The config's `product.price` of the metered price.
    package var priceKey: String
    /// The config's meter key feeding the price.
    package var meterKey: String
    /// The subscription's currency, in which the price charges.
    package var currency: String
    /// The meter's value over the period so far (sum of windows for `count`/`sum` meters, the
    /// last window's period-to-date value for `last`/`max`/`unique_count`).
    package var quantity: Int64
    /// The item's current billing period, `[start, end)` in Unix seconds.
    package var periodStart: Int
    package var periodEnd: Int

    package init(
        customer: String, subscription: String, priceKey: String, meterKey: String, currency: String,
        quantity: Int64, periodStart: Int, periodEnd: Int
    ) {
        self.customer = customer
        self.subscription = subscription
        self.priceKey = priceKey
        self.meterKey = meterKey
        self.currency = currency
        self.quantity = quantity
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }
}

/// Where `tariff revenue` read usage so far: the usage store (or the config's PostgreSQL
/// source) when the config has a `usage:` section, else Stripe's meter event summaries.
package enum RevenueUsageSource: String, Sendable, Hashable, CaseIterable {
    /// No metered subscription item to read usage for.
    case none
    case store
    case postgres
    case eventSummaries = "event_summaries"

    /// How the report names the source.
    package var label: String {
        switch self {
        case .none: "none (no live metered subscription items)"
        case .store: "the usage store"
        case .postgres: "the config's PostgreSQL source"
        case .eventSummaries: "Stripe's meter event summaries"
        }
    }
}

/// A customer's billing credit balance in one currency, in minor units, from Stripe's credit
/// balance summary (metered scope).
package struct RevenueCreditBalance: Sendable, Hashable {
    package var customer: String
    package var currency: String
    /// Credits the customer can use now.
    package var available: Int
    /// Credits on the ledger, including grants not effective yet.
    package var ledger: Int

    package init(customer: String, currency: String, available: Int, ledger: Int) {
        self.customer = customer
        self.currency = currency
        self.available = available
        self.ledger = ledger
    }
}

extension RevenueInput {
    package typealias Usage = RevenueUsageInput
    package typealias UsageSource = RevenueUsageSource
    package typealias CreditBalance = RevenueCreditBalance
}

/// One usage line of a company: a meter's usage so far on one subscription item and its charge
/// under the price's pricing model, rounded to the minor unit as an invoice line is.
package struct RevenueUsageCharge: Sendable, Hashable {
    package var usage: RevenueUsageInput
    /// Minor units; nil when the price is not offered in the subscription's currency.
    package var charge: Int?
}
