/// A price as the emulator stores it.
package struct PriceRecord: Sendable {
    /// One tier of a tiered price; `upTo == nil` is Stripe's `inf`.
    package struct Tier: Sendable {
        package var upTo: Int?
        package var unitAmount: DecimalAmount?
        package var flatAmount: DecimalAmount?
    }

    /// `recurring` of a subscription price.
    package struct Recurring: Sendable {
        package var interval: String
        package var intervalCount: Int
        package var usageType: String
        package var meter: String?
        package var trialPeriodDays: Int?
    }

    /// One extra currency of a multi-currency price.
    package struct CurrencyOption: Sendable {
        package var unitAmount: DecimalAmount?
        package var tiers: [Tier]
        package var taxBehavior: String
    }

    package var id: String
    package var created: Int
    package var productID: String
    package var active = true
    package var currency: String
    package var billingScheme = "per_unit"
    package var unitAmount: DecimalAmount?
    package var tiers: [Tier] = []
    package var tiersMode: String?
    package var recurring: Recurring?
    package var transformQuantity: (divideBy: Int, round: String)?
    package var customUnitAmount: (minimum: Int?, maximum: Int?, preset: Int?)?
    package var lookupKey: String?
    package var nickname: String?
    package var metadata: [String: String] = [:]
    package var taxBehavior = "unspecified"
    package var currencyOptions: [String: CurrencyOption] = [:]

    /// Stripe's JSON for the price; `tiers` and `currency_options` only when expanded.
    package func json(livemode: Bool, expand: Set<String>, product: JSONValue? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("object", .string("price")),
            ("active", .bool(active)),
            ("billing_scheme", .string(billingScheme)),
            ("created", .int(created)),
            ("currency", .string(currency)),
        ]
        if expand.contains("currency_options") {
            var options: [(String, JSONValue)] = [
                (
                    currency,
                    Self.optionJSON(
                        unitAmount: unitAmount, tiers: tiers, taxBehavior: taxBehavior,
                        withTiers: billingScheme == "tiered")
                )
            ]
            for code in currencyOptions.keys.sorted() {
                guard let option = currencyOptions[code] else { continue }
                options.append(
                    (
                        code,
                        Self.optionJSON(
                            unitAmount: option.unitAmount, tiers: option.tiers,
                            taxBehavior: option.taxBehavior, withTiers: billingScheme == "tiered")
                    ))
            }
            fields.append(("currency_options", .object(options)))
        }
        fields += [
            (
                "custom_unit_amount",
                customUnitAmount.map {
                    .object([
                        ("maximum", .int($0.maximum)), ("minimum", .int($0.minimum)),
                        ("preset", .int($0.preset)),
                    ])
                } ?? .null
            ),
            ("livemode", .bool(livemode)),
            ("lookup_key", .string(lookupKey)),
            ("metadata", .stringMap(metadata)),
            ("nickname", .string(nickname)),
            ("product", product ?? .string(productID)),
            ("recurring", recurring.map(Self.recurringJSON) ?? .null),
            ("tax_behavior", .string(taxBehavior)),
        ]
        if expand.contains("tiers") {
            fields.append(("tiers", billingScheme == "tiered" ? .array(tiers.map(Self.tierJSON)) : .null))
        }
        fields += [
            ("tiers_mode", .string(tiersMode)),
            (
                "transform_quantity",
                transformQuantity.map {
                    .object([("divide_by", .int($0.divideBy)), ("round", .string($0.round))])
                } ?? .null
            ),
            ("type", .string(recurring == nil ? "one_time" : "recurring")),
            ("unit_amount", .int(unitAmount?.integerValue)),
            ("unit_amount_decimal", .string(unitAmount?.normalized)),
        ]
        return .object(fields)
    }

    private static func recurringJSON(_ recurring: Recurring) -> JSONValue {
        .object([
            ("interval", .string(recurring.interval)),
            ("interval_count", .int(recurring.intervalCount)),
            ("meter", .string(recurring.meter)),
            ("trial_period_days", .int(recurring.trialPeriodDays)),
            ("usage_type", .string(recurring.usageType)),
        ])
    }

    private static func tierJSON(_ tier: Tier) -> JSONValue {
        .object([
            ("flat_amount", .int(tier.flatAmount?.integerValue)),
            ("flat_amount_decimal", .string(tier.flatAmount?.normalized)),
            ("unit_amount", .int(tier.unitAmount?.integerValue)),
            ("unit_amount_decimal", .string(tier.unitAmount?.normalized)),
            ("up_to", .int(tier.upTo)),
        ])
    }

    private static func optionJSON(
        unitAmount: DecimalAmount?, tiers: [Tier], taxBehavior: String, withTiers: Bool
    ) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("custom_unit_amount", .null),
            ("tax_behavior", .string(taxBehavior)),
        ]
        if withTiers { fields.append(("tiers", .array(tiers.map(tierJSON)))) }
        fields += [
            ("unit_amount", .int(unitAmount?.integerValue)),
            ("unit_amount_decimal", .string(unitAmount?.normalized)),
        ]
        return .object(fields)
    }
}
