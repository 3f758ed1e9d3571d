package import Foundation
package import TariffStripe

/// What the Stripe account holds, as plain values: the input of the diff beside ``DesiredState``.
///
/// Built by ``LiveStateReader`` from list endpoints, or by hand in tests. Only the fields Tariff
/// compares are kept; everything is already normalised (amounts as `Decimal` minor units, absent
/// and empty strings as `nil`).
package struct LiveState: Sendable, Hashable {
    package var account: LiveAccount
    package var products: [LiveProduct]
    package var prices: [LivePrice]
    package var meters: [LiveMeter]
    package var webhooks: [LiveWebhook]
    /// Only the subscriptions on prices the plan touches (or, for the audit, on managed prices).
    package var subscriptions: [LiveSubscription]

    package init(
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
package struct LiveAccount: Sendable, Hashable {
    /// `acct_…`; nil when the key cannot read the account (a restricted key: Stripe grants no
    /// permission for `GET /v1/account`), so the mode comes from the key alone.
    package var id: String?
    package var livemode: Bool

    package init(id: String?, livemode: Bool) {
        self.id = id
        self.livemode = livemode
    }
}

/// A live product.
package struct LiveProduct: Sendable, Hashable {
    package var id: String
    package var name: String
    package var description: String?
    package var active: Bool
    package var metadata: [String: String]
    package var defaultPriceID: String?
    package var taxCode: String?
    package var unitLabel: String?
    package var created: Int

    package init(
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
package struct LivePrice: Sendable, Hashable {
    package var id: String
    package var productID: String
    package var active: Bool
    package var currency: String
    package var amounts: LiveAmounts
    package var recurring: LiveRecurring?
    package var currencyOptions: [String: LiveAmounts]
    package var currencyOptionTaxBehavior: [String: StripeEnum<StripeTaxBehavior>]
    package var lookupKey: String?
    package var nickname: String?
    package var taxBehavior: StripeEnum<StripeTaxBehavior>?
    package var metadata: [String: String]
    package var created: Int

    package init(
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
package struct LiveRecurring: Sendable, Hashable {
    package var interval: StripeEnum<StripePriceInterval>
    package var intervalCount: Int
    package var usageType: StripeEnum<StripeUsageType>
    package var meterID: String?

    package init(
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
package struct LiveAmounts: Sendable, Hashable {
    package var billingScheme: StripeEnum<StripeBillingScheme>
    /// Minor units (`unit_amount_decimal`); `nil` for tiered prices.
    package var unitAmount: Decimal?
    package var tiersMode: StripeEnum<StripeTiersMode>?
    package var tiers: [PlanTier]?
    package var transformQuantity: LiveTransformQuantity?

    package init(
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
    package init(_ desired: DesiredAmounts) {
        self.init(
            billingScheme: StripeEnum(desired.billingScheme), unitAmount: desired.unitAmount,
            tiersMode: desired.tiersMode.map { StripeEnum($0) }, tiers: desired.tiers,
            transformQuantity: desired.transformQuantity.map {
                LiveTransformQuantity(divideBy: $0.divideBy, round: StripeEnum($0.round))
            })
    }
}

/// Live `transform_quantity`.
package struct LiveTransformQuantity: Sendable, Hashable {
    package var divideBy: Int
    package var round: StripeEnum<StripeRounding>

    package init(divideBy: Int, round: StripeEnum<StripeRounding>) {
        self.divideBy = divideBy
        self.round = round
    }
}

/// A live billing meter.
package struct LiveMeter: Sendable, Hashable {
    package var id: String
    package var displayName: String
    package var eventName: String
    package var status: StripeEnum<StripeMeterStatus>
    package var formula: StripeEnum<StripeMeterFormula>
    package var customerPayloadKey: String
    package var valuePayloadKey: String
    /// `event_time_window`; `nil` when events are not pre-aggregated.
    package var eventTimeWindow: StripeEnum<StripeEventTimeWindow>?
    package var created: Int

    package init(
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
package struct LiveWebhook: Sendable, Hashable {
    package var id: String
    package var url: String
    package var enabledEvents: [String]
    package var description: String?
    package var status: StripeEnum<StripeWebhookStatus>
    package var metadata: [String: String]
    package var created: Int

    package init(
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
package struct LiveSubscription: Sendable, Hashable {
    package var id: String
    package var customerID: String
    package var status: StripeEnum<StripeSubscriptionStatus>
    package var items: [LiveSubscriptionItem]
    package var hasSchedule: Bool
    /// The currency it bills in (lowercase), fixed for its life; `nil` when Stripe did not say.
    package var currency: String?
    /// `billing_mode.type`; `nil` when Stripe did not say.
    package var billingMode: StripeEnum<StripeBillingMode>?
    /// The customer's metadata (for the id-mapping audit); `nil` when not read.
    package var customerMetadata: [String: String]?

    package init(
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
package struct LiveSubscriptionItem: Sendable, Hashable {
    package var id: String
    package var priceID: String
    package var quantity: Int?

    package init(id: String, priceID: String, quantity: Int? = nil) {
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
