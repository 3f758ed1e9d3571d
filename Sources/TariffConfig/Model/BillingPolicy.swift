package import Foundation
package import TariffDiagnostics

/// `grants:` of a price: buying the price gives the buyer billing credits (DESIGN.md §10).
///
/// Each paid purchase (an invoice line of the price) earns `amount × quantity` in the price's
/// currency, as one Stripe credit grant (`mechanism: credit_grant`) or as a credit on the
/// customer's balance (`mechanism: customer_balance`). The checker guarantees: `amount` is a
/// positive whole number of minor units, `priority` is 0–100, a price list names 1–20 of the
/// config's metered prices, and the granting price is not itself metered.
package struct CreditGrantPolicy: Sendable, Hashable {
    /// Credit per unit bought, in the price's currency's minor units.
    package var amount: Located<Decimal>
    /// Which prices the credits pay for; defaults to every metered price.
    package var appliesTo: Located<CreditScope>
    /// Stripe's `category`; tracking only. Defaults to `paid`.
    package var category: Located<CreditCategory>
    /// Stripe's `priority`: 0 is applied first, 100 last. Defaults to 50, as on Stripe.
    package var priority: Located<Int>
    /// How long after the purchase the credits expire; `nil` (the default, or `none`) never.
    package var expiresAfter: Located<UsageDuration?>
    /// A Stripe credit grant (default) or a customer balance credit.
    package var mechanism: Located<CreditMechanism>
    /// The whole `grants:` mapping.
    package var range: SourceRange

    package static let defaultPriority = 50

    package init(
        amount: Located<Decimal>, appliesTo: Located<CreditScope> = .defaulted(.allMetered),
        category: Located<CreditCategory> = .defaulted(.paid),
        priority: Located<Int> = .defaulted(defaultPriority),
        expiresAfter: Located<UsageDuration?> = .defaulted(nil),
        mechanism: Located<CreditMechanism> = .defaulted(.creditGrant), range: SourceRange
    ) {
        self.amount = amount
        self.appliesTo = appliesTo
        self.category = category
        self.priority = priority
        self.expiresAfter = expiresAfter
        self.mechanism = mechanism
        self.range = range
    }
}

/// `grants.applies_to`: Stripe's `applicability_config.scope`.
package enum CreditScope: Sendable, Hashable {
    /// `metered`: every metered price (`scope[price_type]=metered`).
    case allMetered
    /// A list of price addresses (`products.<product>.prices.<price>`), each a metered price of
    /// the config (`scope[prices][N][id]`, at most 20).
    case prices([Located<PriceReference>])
}

/// A price named by its address in the config: `products.<product>.prices.<price>`.
package struct PriceReference: Sendable, Hashable, CustomStringConvertible {
    package var product: String
    package var price: String

    package init(product: String, price: String) {
        self.product = product
        self.price = price
    }

    /// Reads `products.<product>.prices.<price>`; nil for any other text.
    package init?(address: String) {
        let parts = address.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "products", parts[2] == "prices", !parts[1].isEmpty,
            !parts[3].isEmpty
        else { return nil }
        self.init(product: String(parts[1]), price: String(parts[3]))
    }

    /// The address, as plans show it.
    package var description: String { "products.\(product).prices.\(price)" }
}

/// `grants.category`, Stripe's credit grant `category`.
package enum CreditCategory: String, Sendable, Hashable, CaseIterable {
    case paid, promotional
}

/// `grants.mechanism`: how the credit reaches the customer.
package enum CreditMechanism: String, Sendable, Hashable, CaseIterable {
    /// A Stripe billing credit grant, applied to eligible metered lines at finalization.
    case creditGrant = "credit_grant"
    /// A negative customer balance transaction, applied to the next invoice's total.
    case customerBalance = "customer_balance"
}

/// `payg:` of a product: pay as you go through a spending threshold (DESIGN.md §10).
///
/// Every active subscription with an item on the product's managed prices gets
/// `billing_thresholds.amount_gte = threshold` (and `reset_billing_cycle_anchor`). The checker
/// guarantees a positive whole number of minor units.
package struct PaygPolicy: Sendable, Hashable {
    /// Stripe's `billing_thresholds.amount_gte`, in the subscription's currency's minor units.
    package var threshold: Located<Decimal>
    /// Stripe's `billing_thresholds.reset_billing_cycle_anchor`. Defaults to `false`.
    package var resetBillingCycleAnchor: Located<Bool>
    /// The whole `payg:` mapping.
    package var range: SourceRange

    package init(
        threshold: Located<Decimal>, resetBillingCycleAnchor: Located<Bool> = .defaulted(false),
        range: SourceRange
    ) {
        self.threshold = threshold
        self.resetBillingCycleAnchor = resetBillingCycleAnchor
        self.range = range
    }
}
