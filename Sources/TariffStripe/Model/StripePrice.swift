package import Foundation

/// A price (`/v1/prices`): how much a product costs, once or per interval, flat, per unit or tiered.
///
/// `tiers` and `currencyOptions` are nil unless the request expanded them (`expand[]=data.tiers`,
/// `expand[]=data.currency_options`); the listing methods of `StripeClient` always do, so a tiered
/// price never looks tierless to the plan.
package struct StripePrice: StripeIdentifiable, Hashable {
    package let id: String
    package let product: StripeExpandable<StripeProduct>
    package let active: Bool
    /// Lowercase ISO 4217 code.
    package let currency: String
    /// Minor units; nil when the amount is not integral or the price is tiered.
    package let unitAmount: Int?
    /// The exact amount in minor units (`"0.25"` is a quarter of a cent).
    package let unitAmountDecimal: Decimal?
    package let billingScheme: StripeEnum<StripeBillingScheme>
    package let tiersMode: StripeEnum<StripeTiersMode>?
    package let tiers: [StripePriceTier]?
    package let recurring: StripeRecurring?
    package let transformQuantity: StripeTransformQuantity?
    /// Extra currencies, keyed by lowercase currency code.
    package let currencyOptions: [String: StripeCurrencyOption]?
    package let lookupKey: String?
    package let nickname: String?
    package let taxBehavior: StripeEnum<StripeTaxBehavior>?
    package let metadata: [String: String]
    package let type: StripeEnum<StripePriceType>
    package let created: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, product, active, currency, tiers, recurring, nickname, metadata, type, created, livemode
        case unitAmount = "unit_amount"
        case unitAmountDecimal = "unit_amount_decimal"
        case billingScheme = "billing_scheme"
        case tiersMode = "tiers_mode"
        case transformQuantity = "transform_quantity"
        case currencyOptions = "currency_options"
        case lookupKey = "lookup_key"
        case taxBehavior = "tax_behavior"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        product = try container.decode(StripeExpandable<StripeProduct>.self, forKey: .product)
        active = try container.decodeIfPresent(Bool.self, forKey: .active) ?? true
        currency = try container.decode(String.self, forKey: .currency)
        unitAmount = try container.decodeIfPresent(Int.self, forKey: .unitAmount)
        unitAmountDecimal = try container.decodeStripeDecimalIfPresent(forKey: .unitAmountDecimal)
        billingScheme =
            try container.decodeIfPresent(StripeEnum<StripeBillingScheme>.self, forKey: .billingScheme)
            ?? StripeEnum(.perUnit)
        tiersMode = try container.decodeIfPresent(StripeEnum<StripeTiersMode>.self, forKey: .tiersMode)
        tiers = try container.decodeIfPresent([StripePriceTier].self, forKey: .tiers)
        recurring = try container.decodeIfPresent(StripeRecurring.self, forKey: .recurring)
        transformQuantity = try container.decodeIfPresent(
            StripeTransformQuantity.self, forKey: .transformQuantity)
        currencyOptions = try container.decodeIfPresent(
            [String: StripeCurrencyOption].self, forKey: .currencyOptions)
        lookupKey = try container.decodeIfPresent(String.self, forKey: .lookupKey)
        nickname = try container.decodeIfPresent(String.self, forKey: .nickname)
        taxBehavior = try container.decodeIfPresent(StripeEnum<StripeTaxBehavior>.self, forKey: .taxBehavior)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        type =
            try container.decodeIfPresent(StripeEnum<StripePriceType>.self, forKey: .type)
            ?? StripeEnum(recurring == nil ? .oneTime : .recurring)
        created = try container.decodeIfPresent(Int.self, forKey: .created) ?? 0
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}

/// The recurring part of a price: interval, count, usage type and (for metered prices) the meter.
package struct StripeRecurring: Decodable, Sendable, Hashable {
    package let interval: StripeEnum<StripePriceInterval>
    package let intervalCount: Int
    package let usageType: StripeEnum<StripeUsageType>
    /// The billing meter id; nil for licensed prices and for legacy metered prices.
    package let meter: String?
    package let trialPeriodDays: Int?

    enum CodingKeys: String, CodingKey {
        case interval, meter
        case intervalCount = "interval_count"
        case usageType = "usage_type"
        case trialPeriodDays = "trial_period_days"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        interval = try container.decode(StripeEnum<StripePriceInterval>.self, forKey: .interval)
        intervalCount = try container.decodeIfPresent(Int.self, forKey: .intervalCount) ?? 1
        usageType =
            try container.decodeIfPresent(StripeEnum<StripeUsageType>.self, forKey: .usageType)
            ?? StripeEnum(.licensed)
        meter = try container.decodeIfPresent(String.self, forKey: .meter)
        trialPeriodDays = try container.decodeIfPresent(Int.self, forKey: .trialPeriodDays)
    }
}

/// `transform_quantity`: bill `ceil` or `floor` of quantity ÷ `divideBy` (for example per 1,000 calls).
package struct StripeTransformQuantity: Decodable, Sendable, Hashable {
    package let divideBy: Int
    package let round: StripeEnum<StripeRounding>

    package init(divideBy: Int, round: StripeEnum<StripeRounding>) {
        self.divideBy = divideBy
        self.round = round
    }

    enum CodingKeys: String, CodingKey {
        case round
        case divideBy = "divide_by"
    }
}
