public import Foundation

/// What `tariff import` read from an account, already in Tariff's terms: the stage between
/// ``LiveState`` and the YAML text (``ImportYAMLWriter``).
public struct ImportedCatalog: Sendable, Hashable {
    /// The account read; nil when a restricted key read it (such keys cannot read the account).
    public var accountID: String?
    public var livemode: Bool
    public var namespace: String?
    public var meters: [ImportedMeter] = []
    public var products: [ImportedProduct] = []
    public var webhook: ImportedWebhook?
    /// Objects left out because Tariff cannot express them, each with the reason.
    public var skipped: [ImportSkip] = []
    /// How many archived (inactive) objects were left out because `--include-archived` was not given.
    public var archivedLeftOut = 0
    /// Prices without a lookup key: the key the YAML gives them, which `--adopt` writes to Stripe
    /// (Tariff finds prices by lookup key), by price id.
    public var lookupKeysToSet: [String: String] = [:]

    /// Every imported price, product by product.
    public var prices: [ImportedPrice] { products.flatMap(\.prices) }
}

/// An object `tariff import` did not write, and why.
public struct ImportSkip: Sendable, Hashable {
    /// `product`, `price`, `meter` or `webhook endpoint`.
    public var kind: String
    /// The Stripe id.
    public var id: String
    /// A name a person recognises (product name, nickname, URL), when there is one.
    public var label: String?
    public var reason: String
}

/// A billing meter as a `meters:` entry.
public struct ImportedMeter: Sendable, Hashable {
    public var key: String
    public var liveID: String
    public var displayName: String
    public var eventName: String
    /// `count` for Stripe's `sum`, `last` for Stripe's `last`.
    public var aggregate: String
    /// The event field for aggregates other than `count`.
    public var field: String?
}

/// A product as a `products:` entry.
public struct ImportedProduct: Sendable, Hashable {
    /// The YAML key: the product's `tariff_key`, a readable custom id, or a slug of its name.
    public var key: String
    /// The Stripe product id; written as `id:` where it differs from ``key``.
    public var stripeID: String
    public var name: String
    public var description: String?
    public var active: Bool
    public var metadata: [String: String]
    public var taxCode: String?
    public var unitLabel: String?
    /// The key of the default price, when that price is imported too.
    public var defaultPrice: String?
    public var prices: [ImportedPrice] = []
}

/// A price as an entry of its product's `prices:`.
public struct ImportedPrice: Sendable, Hashable {
    public var key: String
    public var liveID: String
    /// Written only when it differs from `key`.
    public var lookupKey: String
    public var nickname: String?
    public var currency: String
    public var interval: String?
    public var intervalCount: Int
    /// The key of the imported meter of a metered price.
    public var meter: String?
    public var pricing: ImportedPricing
    /// Other currencies, sorted by code.
    public var currencyOptions: [ImportedCurrencyOption]
    public var taxBehavior: String?
    public var metadata: [String: String]
    public var active: Bool
}

/// An entry of a price's `currency_options:`.
public struct ImportedCurrencyOption: Sendable, Hashable {
    public var currency: String
    public var pricing: ImportedPricing
    public var taxBehavior: String?
}

/// A pricing model of DESIGN.md §2, with exact amounts in minor units.
public enum ImportedPricing: Sendable, Hashable {
    case flat(Decimal)
    case perUnit(Decimal)
    case graduated([PlanTier])
    case volume([PlanTier])
    case package(size: Int, amount: Decimal, round: String)
}

/// The webhook endpoint as `stripe.webhook`.
public struct ImportedWebhook: Sendable, Hashable {
    public var liveID: String
    public var url: String
    public var events: [String]
    public var description: String?
}
