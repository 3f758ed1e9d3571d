package import TariffEngine

/// A price to create (or update in place), in Stripe's terms.
package struct DesiredPriceV1: Sendable, Hashable, Encodable {
    package var key: String
    package var productKey: String
    package var lookupKey: String
    package var nickname: String?
    package var currency: String
    package var recurring: RecurringV1?
    package var amounts: AmountsV1
    package var currencyOptions: [String: AmountsV1]
    package var currencyOptionTaxBehavior: [String: String]
    package var taxBehavior: String?
    package var metadata: [String: String]
    package var active: Bool
    package var protected: Bool
    package var onChange: OnChangeV1
    package var location: LocationV1?
    package var fieldLocations: [String: LocationV1]

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

    package init(_ price: DesiredPrice) {
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
package struct RecurringV1: Sendable, Hashable, Encodable {
    package var interval: String
    package var intervalCount: Int
    package var usageType: String
    package var meter: String?

    enum CodingKeys: String, CodingKey {
        case interval, meter
        case intervalCount = "interval_count"
        case usageType = "usage_type"
    }

    package init(_ recurring: DesiredRecurring) {
        interval = recurring.interval.rawValue
        intervalCount = recurring.intervalCount
        usageType = recurring.usageType.rawValue
        meter = recurring.meter?.path
    }

}

/// How a price charges: `billing_scheme` with a unit amount, or tiers, and optional package
/// pricing (`transform_quantity`). Amounts are decimal strings in minor units.
package struct AmountsV1: Sendable, Hashable, Encodable {
    package var billingScheme: String
    package var unitAmount: String?
    package var tiersMode: String?
    package var tiers: [TierV1]?
    package var transformQuantity: TransformQuantityV1?

    enum CodingKeys: String, CodingKey {
        case tiers
        case billingScheme = "billing_scheme"
        case unitAmount = "unit_amount"
        case tiersMode = "tiers_mode"
        case transformQuantity = "transform_quantity"
    }

    package init(_ amounts: DesiredAmounts) {
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
package struct TransformQuantityV1: Sendable, Hashable, Encodable {
    package var divideBy: Int
    package var round: String

    enum CodingKeys: String, CodingKey {
        case round
        case divideBy = "divide_by"
    }

    package init(divideBy: Int, round: String) {
        self.divideBy = divideBy
        self.round = round
    }
}

/// A price's `on_change` policy.
package struct OnChangeV1: Sendable, Hashable, Encodable {
    package var subscribers: String
    package var proration: String
    /// Whether the YAML writes `subscribers` (`false`: the `grandfather` default).
    package var explicit: Bool
    package var location: LocationV1?

    package init(_ onChange: DesiredOnChange) {
        subscribers = onChange.subscribers.rawValue
        proration = onChange.proration.rawValue
        explicit = onChange.isExplicit
        location = onChange.range.locationV1
    }

}
