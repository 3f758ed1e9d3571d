public import Foundation
public import TariffStripe

/// What the Stripe account holds, as plain values: the input of the diff beside ``DesiredState``.
///
/// Built by ``LiveStateReader`` from list endpoints, or by hand in tests. Only the fields Tariff
/// compares are kept; everything is already normalised (amounts as `Decimal` minor units, absent
/// and empty strings as `nil`).
public struct LiveState: Sendable, Hashable {
    public var account: LiveAccount
    public var products: [LiveProduct]
    public var prices: [LivePrice]
    public var meters: [LiveMeter]
    public var webhooks: [LiveWebhook]
    /// Only the subscriptions on prices the plan touches (or, for the audit, on managed prices).
    public var subscriptions: [LiveSubscription]

    public init(
        account: LiveAccount, products: [LiveProduct] = [], prices: [LivePrice] = [],
        meters: [LiveMeter] = [], webhooks: [LiveWebhook] = [], subscriptions: [LiveSubscription] = []
    ) {
        self.account = account
        self.products = products
        self.prices = prices
        self.meters = meters
        self.webhooks = webhooks
        self.subscriptions = subscriptions
    }
}

/// The account the key belongs to.
public struct LiveAccount: Sendable, Hashable {
    /// `acct_…`; nil when the key cannot read the account (a restricted key: Stripe grants no
    /// permission for `GET /v1/account`), so the mode comes from the key alone.
    public var id: String?
    public var livemode: Bool

    public init(id: String?, livemode: Bool) {
        self.id = id
        self.livemode = livemode
    }
}

/// A live product.
public struct LiveProduct: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    public var active: Bool
    public var metadata: [String: String]
    public var defaultPriceID: String?
    public var taxCode: String?
    public var unitLabel: String?
    public var created: Int

    public init(
        id: String, name: String, description: String? = nil, active: Bool = true,
        metadata: [String: String] = [:], defaultPriceID: String? = nil, taxCode: String? = nil,
        unitLabel: String? = nil, created: Int = 0
    ) {
        self.id = id
        self.name = name
        self.description = description.nilIfEmpty
        self.active = active
        self.metadata = metadata
        self.defaultPriceID = defaultPriceID
        self.taxCode = taxCode.nilIfEmpty
        self.unitLabel = unitLabel.nilIfEmpty
        self.created = created
    }
}

/// A live price. `amounts` uses the same shape as the desired side so the two compare directly.
public struct LivePrice: Sendable, Hashable {
    public var id: String
    public var productID: String
    public var active: Bool
    public var currency: String
    public var amounts: LiveAmounts
    public var recurring: LiveRecurring?
    public var currencyOptions: [String: LiveAmounts]
    public var currencyOptionTaxBehavior: [String: StripeEnum<StripeTaxBehavior>]
    public var lookupKey: String?
    public var nickname: String?
    public var taxBehavior: StripeEnum<StripeTaxBehavior>?
    public var metadata: [String: String]
    public var created: Int

    public init(
        id: String, productID: String, active: Bool = true, currency: String, amounts: LiveAmounts,
        recurring: LiveRecurring? = nil, currencyOptions: [String: LiveAmounts] = [:],
        currencyOptionTaxBehavior: [String: StripeEnum<StripeTaxBehavior>] = [:], lookupKey: String? = nil,
        nickname: String? = nil, taxBehavior: StripeEnum<StripeTaxBehavior>? = nil,
        metadata: [String: String] = [:],
        created: Int = 0
    ) {
        self.id = id
        self.productID = productID
        self.active = active
        self.currency = currency
        self.amounts = amounts
        self.recurring = recurring
        self.currencyOptions = currencyOptions
        self.currencyOptionTaxBehavior = currencyOptionTaxBehavior
        self.lookupKey = lookupKey.nilIfEmpty
        self.nickname = nickname.nilIfEmpty
        self.taxBehavior = taxBehavior
        self.metadata = metadata
        self.created = created
    }
}

/// Live `recurring`; `meter` is the meter's id.
public struct LiveRecurring: Sendable, Hashable {
    public var interval: StripeEnum<StripePriceInterval>
    public var intervalCount: Int
    public var usageType: StripeEnum<StripeUsageType>
    public var meterID: String?

    public init(
        interval: StripeEnum<StripePriceInterval>, intervalCount: Int = 1,
        usageType: StripeEnum<StripeUsageType> = StripeEnum(.licensed), meterID: String? = nil
    ) {
        self.interval = interval
        self.intervalCount = intervalCount
        self.usageType = usageType
        self.meterID = meterID
    }
}

/// Live amounts: the fields of ``DesiredAmounts``, with Stripe's open enums (a value Tariff does
/// not know yet is kept, and differs from every declared one).
public struct LiveAmounts: Sendable, Hashable {
    public var billingScheme: StripeEnum<StripeBillingScheme>
    /// Minor units (`unit_amount_decimal`); `nil` for tiered prices.
    public var unitAmount: Decimal?
    public var tiersMode: StripeEnum<StripeTiersMode>?
    public var tiers: [PlanTier]?
    public var transformQuantity: LiveTransformQuantity?

    public init(
        billingScheme: StripeEnum<StripeBillingScheme>, unitAmount: Decimal? = nil,
        tiersMode: StripeEnum<StripeTiersMode>? = nil, tiers: [PlanTier]? = nil,
        transformQuantity: LiveTransformQuantity? = nil
    ) {
        self.billingScheme = billingScheme
        self.unitAmount = unitAmount
        self.tiersMode = tiersMode
        self.tiers = tiers
        self.transformQuantity = transformQuantity
    }

    /// The live amounts a declaration compiles to, for tests and for matching a created price.
    public init(_ desired: DesiredAmounts) {
        self.init(
            billingScheme: StripeEnum(desired.billingScheme), unitAmount: desired.unitAmount,
            tiersMode: desired.tiersMode.map { StripeEnum($0) }, tiers: desired.tiers,
            transformQuantity: desired.transformQuantity.map {
                LiveTransformQuantity(divideBy: $0.divideBy, round: StripeEnum($0.round))
            })
    }
}

/// Live `transform_quantity`.
public struct LiveTransformQuantity: Sendable, Hashable {
    public var divideBy: Int
    public var round: StripeEnum<StripeRounding>

    public init(divideBy: Int, round: StripeEnum<StripeRounding>) {
        self.divideBy = divideBy
        self.round = round
    }
}

/// A live billing meter.
public struct LiveMeter: Sendable, Hashable {
    public var id: String
    public var displayName: String
    public var eventName: String
    public var status: StripeEnum<StripeMeterStatus>
    public var formula: StripeEnum<StripeMeterFormula>
    public var customerPayloadKey: String
    public var valuePayloadKey: String
    /// `event_time_window`; `nil` when events are not pre-aggregated.
    package var eventTimeWindow: StripeEnum<StripeEventTimeWindow>?
    public var created: Int

    public init(
        id: String, displayName: String, eventName: String,
        status: StripeEnum<StripeMeterStatus> = StripeEnum(.active), formula: StripeEnum<StripeMeterFormula>,
        customerPayloadKey: String = "stripe_customer_id", valuePayloadKey: String = "value",
        created: Int = 0
    ) {
        self.id = id
        self.displayName = displayName
        self.eventName = eventName
        self.status = status
        self.formula = formula
        self.customerPayloadKey = customerPayloadKey
        self.valuePayloadKey = valuePayloadKey
        self.created = created
    }
}

/// A live webhook endpoint (its secret is never read into the state).
public struct LiveWebhook: Sendable, Hashable {
    public var id: String
    public var url: String
    public var enabledEvents: [String]
    public var description: String?
    public var status: StripeEnum<StripeWebhookStatus>
    public var metadata: [String: String]
    public var created: Int

    public init(
        id: String, url: String, enabledEvents: [String], description: String? = nil,
        status: StripeEnum<StripeWebhookStatus> = StripeEnum(.enabled), metadata: [String: String] = [:],
        created: Int = 0
    ) {
        self.id = id
        self.url = url
        self.enabledEvents = enabledEvents
        self.description = description.nilIfEmpty
        self.status = status
        self.metadata = metadata
        self.created = created
    }
}

/// A live subscription, with its customer when the read expanded it.
public struct LiveSubscription: Sendable, Hashable {
    public var id: String
    public var customerID: String
    public var status: StripeEnum<StripeSubscriptionStatus>
    public var items: [LiveSubscriptionItem]
    public var hasSchedule: Bool
    /// The currency it bills in (lowercase), fixed for its life; `nil` when Stripe did not say.
    package var currency: String?
    /// `billing_mode.type`; `nil` when Stripe did not say.
    package var billingMode: StripeEnum<StripeBillingMode>?
    /// The customer's metadata (for the id-mapping audit); `nil` when not read.
    public var customerMetadata: [String: String]?

    public init(
        id: String, customerID: String, status: StripeEnum<StripeSubscriptionStatus>,
        items: [LiveSubscriptionItem],
        hasSchedule: Bool = false, customerMetadata: [String: String]? = nil
    ) {
        self.id = id
        self.customerID = customerID
        self.status = status
        self.items = items
        self.hasSchedule = hasSchedule
        self.customerMetadata = customerMetadata
    }
}

/// One item of a live subscription.
public struct LiveSubscriptionItem: Sendable, Hashable {
    public var id: String
    public var priceID: String
    public var quantity: Int?

    public init(id: String, priceID: String, quantity: Int? = nil) {
        self.id = id
        self.priceID = priceID
        self.quantity = quantity
    }
}

extension Optional where Wrapped == String {
    /// Stripe treats `null`, an absent field and `""` alike on emptyable fields; so does the diff.
    var nilIfEmpty: String? {
        switch self {
        case .some(let text) where !text.isEmpty: text
        default: nil
        }
    }
}
