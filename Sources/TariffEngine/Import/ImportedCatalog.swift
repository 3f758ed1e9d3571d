package import Foundation

/// What `tariff import` read from an account, already in Tariff's terms: the stage between
/// ``LiveState`` and the YAML text (``ImportYAMLWriter``).
package struct ImportedCatalog: Sendable, Hashable {
    /// The account read; nil when a restricted key read it (such keys cannot read the account).
    package var accountID: String?
    package var livemode: Bool
    package var namespace: String?
    package var meters: [ImportedMeter] = []
    package var products: [ImportedProduct] = []
    package var webhook: ImportedWebhook?
    /// Objects left out because Tariff cannot express them, each with the reason.
    package var skipped: [ImportSkip] = []
    /// How many archived (inactive) objects were left out because `--include-archived` was not given.
    package var archivedLeftOut = 0
    /// Prices without a lookup key: the key the YAML gives them, which `--adopt` writes to Stripe
    /// (Tariff finds prices by lookup key), by price id.
    package var lookupKeysToSet: [String: String] = [:]

    /// Every imported price, product by product.
    package var prices: [ImportedPrice] { products.flatMap(\.prices) }
}

/// An object `tariff import` did not write, and why.
package struct ImportSkip: Sendable, Hashable {
    /// `product`, `price`, `meter` or `webhook endpoint`.
    package var kind: String
    /// The Stripe id.
    package var id: String
    /// A name a person recognises (product name, nickname, URL), when there is one.
    package var label: String?
    package var reason: String
}

/// A billing meter as a `meters:` entry.
package struct ImportedMeter: Sendable, Hashable {
    package var key: String
    package var liveID: String
    package var displayName: String
    package var eventName: String
    /// `count` for Stripe's `sum`, `last` for Stripe's `last`.
    package var aggregate: String
    /// The event field for aggregates other than `count`.
    package var field: String?
}

/// A product as a `products:` entry.
package struct ImportedProduct: Sendable, Hashable {
    /// The YAML key: the product's `tariff_key`, a readable custom id, or a slug of its name.
    package var key: String
    /// The Stripe product id; written as `id:` where it differs from ``key``.
    package var stripeID: String
    package var name: String
    package var description: String?
    package var active: Bool
    package var metadata: [String: String]
    package var taxCode: String?
    package var unitLabel: String?
    /// The key of the default price, when that price is imported too.
    package var defaultPrice: String?
    package var prices: [ImportedPrice] = []
}

/// A price as an entry of its product's `prices:`.
package struct ImportedPrice: Sendable, Hashable {
    package var key: String
    package var liveID: String
    /// Written only when it differs from `key`.
    package var lookupKey: String
    package var nickname: String?
    package var currency: String
    package var interval: String?
    package var intervalCount: Int
    /// The key of the imported meter of a metered price.
    package var meter: String?
    package var pricing: ImportedPricing
    /// Other currencies, sorted by code.
    package var currencyOptions: [ImportedCurrencyOption]
    package var taxBehavior: String?
    package var metadata: [String: String]
    package var active: Bool
}

/// An entry of a price's `currency_options:`.
package struct ImportedCurrencyOption: Sendable, Hashable {
    package var currency: String
    package var pricing: ImportedPricing
    package var taxBehavior: String?
}

/// A pricing model of DESIGN.md §2, with exact amounts in minor units.
package enum ImportedPricing: Sendable, Hashable {
    case flat(Decimal)
    case perUnit(Decimal)
    case graduated([PlanTier])
    case volume([PlanTier])
    case package(size: Int, amount: Decimal, round: String)
}

/// The webhook endpoint as `stripe.webhook`.
package struct ImportedWebhook: Sendable, Hashable {
    package var liveID: String
    package var url: String
    package var events: [String]
    package var description: String?
}
