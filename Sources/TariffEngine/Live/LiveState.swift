import Foundation

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
    public var currencyOptionTaxBehavior: [String: String]
    public var lookupKey: String?
    public var nickname: String?
    public var taxBehavior: String?
    public var metadata: [String: String]
    public var created: Int

    public init(
        id: String, productID: String, active: Bool = true, currency: String, amounts: LiveAmounts,
        recurring: LiveRecurring? = nil, currencyOptions: [String: LiveAmounts] = [:],
        currencyOptionTaxBehavior: [String: String] = [:], lookupKey: String? = nil,
        nickname: String? = nil, taxBehavior: String? = nil, metadata: [String: String] = [:],
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
    public var interval: String
    public var intervalCount: Int
    public var usageType: String
    public var meterID: String?

    public init(
        interval: String, intervalCount: Int = 1, usageType: String = "licensed", meterID: String? = nil
    ) {
        self.interval = interval
        self.intervalCount = intervalCount
        self.usageType = usageType
        self.meterID = meterID
    }
}

/// Live amounts, the same fields as ``DesiredAmounts``.
public typealias LiveAmounts = DesiredAmounts

/// A live billing meter.
public struct LiveMeter: Sendable, Hashable {
    public var id: String
    public var displayName: String
    public var eventName: String
    /// `active` or `inactive`.
    public var status: String
    public var formula: String
    public var customerPayloadKey: String
    public var valuePayloadKey: String
    public var created: Int

    public init(
        id: String, displayName: String, eventName: String, status: String = "active", formula: String,
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
    /// `enabled` or `disabled`.
    public var status: String
    public var metadata: [String: String]
    public var created: Int

    public init(
        id: String, url: String, enabledEvents: [String], description: String? = nil,
        status: String = "enabled", metadata: [String: String] = [:], created: Int = 0
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
    public var status: String
    public var items: [LiveSubscriptionItem]
    public var hasSchedule: Bool
    /// The customer's metadata (for the id-mapping audit); `nil` when not read.
    public var customerMetadata: [String: String]?

    public init(
        id: String, customerID: String, status: String, items: [LiveSubscriptionItem],
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
