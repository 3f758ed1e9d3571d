public import TariffEngine

/// A price to create (or update in place), in Stripe's terms.
public struct DesiredPriceV1: Sendable, Hashable, Encodable {
    public var key: String
    public var productKey: String
    public var lookupKey: String
    public var nickname: String?
    public var currency: String
    public var recurring: RecurringV1?
    public var amounts: AmountsV1
    public var currencyOptions: [String: AmountsV1]
    public var currencyOptionTaxBehavior: [String: String]
    public var taxBehavior: String?
    public var metadata: [String: String]
    public var active: Bool
    public var protected: Bool
    public var onChange: OnChangeV1
    public var location: LocationV1?
    public var fieldLocations: [String: LocationV1]

    enum CodingKeys: String, CodingKey {
        case key, nickname, currency, recurring, amounts, metadata, active, protected, location
        case productKey = "product_key"
        case lookupKey = "lookup_key"
        case currencyOptions = "currency_options"
        case currencyOptionTaxBehavior = "currency_option_tax_behavior"
        case taxBehavior = "tax_behavior"
        case onChange = "on_change"
        case fieldLocations = "field_locations"
    }

    public init(_ price: DesiredPrice) {
        key = price.key
        productKey = price.productKey
        lookupKey = price.lookupKey
        nickname = price.nickname
        currency = price.currency
        recurring = price.recurring.map(RecurringV1.init)
        amounts = AmountsV1(price.amounts)
        currencyOptions = price.currencyOptions.mapValues(AmountsV1.init)
        currencyOptionTaxBehavior = price.currencyOptionTaxBehavior.mapValues(\.rawValue)
        taxBehavior = price.taxBehavior?.rawValue
        metadata = price.metadata
        active = price.active
        protected = price.protected
        onChange = OnChangeV1(price.onChange)
        location = price.range.locationV1
        fieldLocations = price.fieldRanges.mapValues(LocationV1.init)
    }

}

/// `recurring` of a price; the meter is named by its address and resolved by apply.
public struct RecurringV1: Sendable, Hashable, Encodable {
    public var interval: String
    public var intervalCount: Int
    public var usageType: String
    public var meter: String?

    enum CodingKeys: String, CodingKey {
        case interval, meter
        case intervalCount = "interval_count"
        case usageType = "usage_type"
    }

    public init(_ recurring: DesiredRecurring) {
        interval = recurring.interval.rawValue
        intervalCount = recurring.intervalCount
        usageType = recurring.usageType.rawValue
        meter = recurring.meter?.path
    }

}

/// How a price charges: `billing_scheme` with a unit amount, or tiers, and optional package
/// pricing (`transform_quantity`). Amounts are decimal strings in minor units.
public struct AmountsV1: Sendable, Hashable, Encodable {
    public var billingScheme: String
    public var unitAmount: String?
    public var tiersMode: String?
    public var tiers: [TierV1]?
    public var transformQuantity: TransformQuantityV1?

    enum CodingKeys: String, CodingKey {
        case tiers
        case billingScheme = "billing_scheme"
        case unitAmount = "unit_amount"
        case tiersMode = "tiers_mode"
        case transformQuantity = "transform_quantity"
    }

    public init(_ amounts: DesiredAmounts) {
        billingScheme = amounts.billingScheme.rawValue
        unitAmount = amounts.unitAmount.map(DecimalText.string)
        tiersMode = amounts.tiersMode?.rawValue
        tiers = amounts.tiers?.map(TierV1.init)
        transformQuantity = amounts.transformQuantity.map {
            TransformQuantityV1(divideBy: $0.divideBy, round: $0.round.rawValue)
        }
    }

}

/// `transform_quantity`: charge per block of `divide_by` units, rounding `up` or `down`.
public struct TransformQuantityV1: Sendable, Hashable, Encodable {
    public var divideBy: Int
    public var round: String

    enum CodingKeys: String, CodingKey {
        case round
        case divideBy = "divide_by"
    }

    public init(divideBy: Int, round: String) {
        self.divideBy = divideBy
        self.round = round
    }
}

/// A price's `on_change` policy.
public struct OnChangeV1: Sendable, Hashable, Encodable {
    public var subscribers: String
    public var proration: String
    /// Whether the YAML writes `subscribers` (`false`: the `grandfather` default).
    public var explicit: Bool
    public var location: LocationV1?

    public init(_ onChange: DesiredOnChange) {
        subscribers = onChange.subscribers.rawValue
        proration = onChange.proration.rawValue
        explicit = onChange.isExplicit
        location = onChange.range.locationV1
    }

}
