/// A checked, typed Tariff configuration: the output of the config stage.
///
/// The pipeline (DESIGN.md §6) is: source text → YAML nodes with ranges (`YAML/`) → this value
/// (`Schema/` reads the nodes, `Check/` applies the semantic rules) → the plan engine.
///
/// The model mirrors the config language of DESIGN.md §2:
/// - ``Config``: `version`, ``StripeSettings`` (`stripe`), ``IDMapping`` (`id_mapping`), meters and
///   products in declaration order.
/// - ``Meter``: `display_name`, `event_name`, a ``Metric`` (aggregate, field, ``DecimalScaling``)
///   and an optional ``MeterFilter`` tree.
/// - ``Product``: Stripe product fields, ``Metadata``, `protected`, and its ``Price`` entries.
/// - ``Price``: currency, recurrence, optional meter, exactly one ``PricingModel`` (flat, per
///   unit, graduated or volume ``Tier``s, ``PackagePricing``), ``CurrencyOption``s, tax behavior,
///   lookup key, ``OnChange`` policy.
///
/// Every entry keeps its YAML key, the range of its whole entry and of its key, and every field is
/// a ``Located`` value, so later stages (plan, apply) can point diagnostics at the user's text.
/// Amounts are `Decimal` values in the currency's minor units (cents); never floating point.
/// A `Config` is produced only when the input had no errors, so every rule of the checker holds
/// (references resolve, lookup keys and event names are unique, tiers ascend, …).
package struct Config: Sendable, Hashable {
    /// The config language version; only `1` exists.
    package var version: Located<Int>
    package var stripe: StripeSettings
    package var idMapping: IDMapping
    /// Meters in declaration order.
    package var meters: [Meter]
    /// Products in declaration order.
    package var products: [Product]
    /// The `usage:` section; `nil` when the config does not evaluate usage.
    package var usage: UsageSettings? = nil

    package init(
        version: Located<Int>, stripe: StripeSettings, idMapping: IDMapping, meters: [Meter],
        products: [Product]
    ) {
        self.version = version
        self.stripe = stripe
        self.idMapping = idMapping
        self.meters = meters
        self.products = products
    }

    /// Every price of every product, in declaration order.
    package var prices: [Price] { products.flatMap(\.prices) }

    /// The meter declared under `key`, if any.
    package func meter(named key: String) -> Meter? {
        meters.first { $0.key == key }
    }

    /// The product declared under `key`, if any.
    package func product(named key: String) -> Product? {
        products.first { $0.key == key }
    }
}
