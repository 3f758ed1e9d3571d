package import Foundation
package import TariffDiagnostics
package import TariffStripe

/// A price compiled from a product's `prices:` entry, in Stripe's terms.
package struct DesiredPrice: Sendable, Hashable {
    package var key: String
    package var productKey: String
    package var address: ResourceAddress
    /// Identity: the price's `lookup_key` (moved to a replacement with `transfer_lookup_key`).
    package var lookupKey: String
    package var nickname: String?
    package var currency: String
    /// `nil` for a one-time price.
    package var recurring: DesiredRecurring?
    package var amounts: DesiredAmounts
    /// Further currencies, by lowercase code.
    package var currencyOptions: [String: DesiredAmounts]
    /// `tax_behavior` per currency option (the base one is `taxBehavior`).
    package var currencyOptionTaxBehavior: [String: StripeTaxBehavior]
    package var taxBehavior: StripeTaxBehavior?
    /// The user's metadata plus the markers `tariff_key` (`<product>.<price>`) and
    /// `tariff_namespace`.
    package var metadata: [String: String]
    package var active: Bool
    package var protected: Bool
    package var onChange: DesiredOnChange
    package var range: SourceRange?
    /// Where each field is written, by Stripe field name (`unit_amount`, `recurring.interval`).
    package var fieldRanges: [String: SourceRange]

    package init(
        key: String, productKey: String, lookupKey: String, nickname: String? = nil,
        currency: String, recurring: DesiredRecurring? = nil, amounts: DesiredAmounts,
        currencyOptions: [String: DesiredAmounts] = [:],
        currencyOptionTaxBehavior: [String: StripeTaxBehavior] = [:], taxBehavior: StripeTaxBehavior? = nil,
        metadata: [String: String] = [:], active: Bool = true, protected: Bool = false,
        onChange: DesiredOnChange = DesiredOnChange(), range: SourceRange? = nil,
        fieldRanges: [String: SourceRange] = [:]
    ) {
        self.key = key
        self.productKey = productKey
        self.address = .price(product: productKey, price: key)
        self.lookupKey = lookupKey
        self.nickname = nickname
        self.currency = currency
        self.recurring = recurring
        self.amounts = amounts
        self.currencyOptions = currencyOptions
        self.currencyOptionTaxBehavior = currencyOptionTaxBehavior
        self.taxBehavior = taxBehavior
        self.metadata = metadata
        self.active = active
        self.protected = protected
        self.onChange = onChange
        self.range = range
        self.fieldRanges = fieldRanges
    }
}

/// `recurring` of a price.
package struct DesiredRecurring: Sendable, Hashable {
    package var interval: StripePriceInterval
    package var intervalCount: Int
    /// `metered` (with a meter) or `licensed`.
    package var usageType: StripeUsageType
    /// The meter feeding a metered price, by address; apply resolves it to the meter's id.
    package var meter: ResourceAddress?

    package init(
        interval: StripePriceInterval, intervalCount: Int = 1, usageType: StripeUsageType,
        meter: ResourceAddress? = nil
    ) {
        self.interval = interval
        self.intervalCount = intervalCount
        self.usageType = usageType
        self.meter = meter
    }
}

/// How a price charges, in Stripe's fields: exactly one of `unitAmount` or `tiers` is set.
package struct DesiredAmounts: Sendable, Hashable {
    package var billingScheme: StripeBillingScheme
    /// Minor units (`unit_amount_decimal`); `nil` for tiered prices.
    package var unitAmount: Decimal?
    /// `nil` unless tiered.
    package var tiersMode: StripeTiersMode?
    package var tiers: [PlanTier]?
    /// Package pricing (`transform_quantity`).
    package var transformQuantity: DesiredTransformQuantity?

    package init(
        billingScheme: StripeBillingScheme, unitAmount: Decimal? = nil, tiersMode: StripeTiersMode? = nil,
        tiers: [PlanTier]? = nil, transformQuantity: DesiredTransformQuantity? = nil
    ) {
        self.billingScheme = billingScheme
        self.unitAmount = unitAmount
        self.tiersMode = tiersMode
        self.tiers = tiers
        self.transformQuantity = transformQuantity
    }
}

/// `transform_quantity`: charge per block of `divideBy` units, rounding `up` or `down`.
package struct DesiredTransformQuantity: Sendable, Hashable {
    package var divideBy: Int
    package var round: StripeRounding

    package init(divideBy: Int, round: StripeRounding) {
        self.divideBy = divideBy
        self.round = round
    }
}

/// A price's `on_change` policy.
package struct DesiredOnChange: Sendable, Hashable {
    package var subscribers: SubscriberPolicyKind
    /// Stripe's `proration_behavior`.
    package var proration: StripeProrationBehavior
    /// Whether `subscribers` was written in the YAML.
    package var isExplicit: Bool
    package var range: SourceRange?

    package init(
        subscribers: SubscriberPolicyKind = .grandfather,
        proration: StripeProrationBehavior = .createProrations,
        isExplicit: Bool = false, range: SourceRange? = nil
    ) {
        self.subscribers = subscribers
        self.proration = proration
        self.isExplicit = isExplicit
        self.range = range
    }
}
