public import Foundation
public import TariffDiagnostics
public import TariffStripe

/// A price compiled from a product's `prices:` entry, in Stripe's terms.
public struct DesiredPrice: Sendable, Hashable {
    public var key: String
    public var productKey: String
    public var address: ResourceAddress
    /// Identity: the price's `lookup_key` (moved to a replacement with `transfer_lookup_key`).
    public var lookupKey: String
    public var nickname: String?
    public var currency: String
    /// `nil` for a one-time price.
    public var recurring: DesiredRecurring?
    public var amounts: DesiredAmounts
    /// Further currencies, by lowercase code.
    public var currencyOptions: [String: DesiredAmounts]
    /// `tax_behavior` per currency option (the base one is `taxBehavior`).
    public var currencyOptionTaxBehavior: [String: StripeTaxBehavior]
    public var taxBehavior: StripeTaxBehavior?
    /// The user's metadata plus the markers `tariff_key` (`<product>.<price>`) and
    /// `tariff_namespace`.
    public var metadata: [String: String]
    public var active: Bool
    public var protected: Bool
    public var onChange: DesiredOnChange
    public var range: SourceRange?
    /// Where each field is written, by Stripe field name (`unit_amount`, `recurring.interval`).
    public var fieldRanges: [String: SourceRange]

    public init(
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
public struct DesiredRecurring: Sendable, Hashable {
    public var interval: StripePriceInterval
    public var intervalCount: Int
    /// `metered` (with a meter) or `licensed`.
    public var usageType: StripeUsageType
    /// The meter feeding a metered price, by address; apply resolves it to the meter's id.
    public var meter: ResourceAddress?

    public init(
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
public struct DesiredAmounts: Sendable, Hashable {
    public var billingScheme: StripeBillingScheme
    /// Minor units (`unit_amount_decimal`); `nil` for tiered prices.
    public var unitAmount: Decimal?
    /// `nil` unless tiered.
    public var tiersMode: StripeTiersMode?
    public var tiers: [PlanTier]?
    /// Package pricing (`transform_quantity`).
    public var transformQuantity: DesiredTransformQuantity?

    public init(
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
public struct DesiredTransformQuantity: Sendable, Hashable {
    public var divideBy: Int
    public var round: StripeRounding

    public init(divideBy: Int, round: StripeRounding) {
        self.divideBy = divideBy
        self.round = round
    }
}

/// A price's `on_change` policy.
public struct DesiredOnChange: Sendable, Hashable {
    public var subscribers: SubscriberPolicyKind
    /// Stripe's `proration_behavior`.
    public var proration: StripeProrationBehavior
    /// Whether `subscribers` was written in the YAML.
    public var isExplicit: Bool
    public var range: SourceRange?

    public init(
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
