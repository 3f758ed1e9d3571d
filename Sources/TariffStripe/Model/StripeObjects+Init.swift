package import Foundation

// Memberwise initialisers, so engine tests can build live state by hand instead of from JSON.
// Defaults are what Stripe sends for a fresh object in test mode.

extension StripeProduct {
    package init(
        id: String, name: String, description: String? = nil, active: Bool = true,
        metadata: [String: String] = [:],
        defaultPrice: StripeExpandable<StripePrice>? = nil, taxCode: String? = nil, unitLabel: String? = nil,
        type: StripeEnum<StripeProductType>? = StripeEnum(.service), created: Int = 0, updated: Int? = nil,
        livemode: Bool = false
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.active = active
        self.metadata = metadata
        self.defaultPrice = defaultPrice
        self.taxCode = taxCode
        self.unitLabel = unitLabel
        self.type = type
        self.created = created
        self.updated = updated
        self.livemode = livemode
    }
}

extension StripePrice {
    package init(
        id: String, product: StripeExpandable<StripeProduct>, active: Bool = true, currency: String,
        unitAmount: Int? = nil, unitAmountDecimal: Decimal? = nil,
        billingScheme: StripeEnum<StripeBillingScheme> = StripeEnum(.perUnit),
        tiersMode: StripeEnum<StripeTiersMode>? = nil,
        tiers: [StripePriceTier]? = nil, recurring: StripeRecurring? = nil,
        transformQuantity: StripeTransformQuantity? = nil,
        currencyOptions: [String: StripeCurrencyOption]? = nil, lookupKey: String? = nil,
        nickname: String? = nil,
        taxBehavior: StripeEnum<StripeTaxBehavior>? = StripeEnum(.unspecified),
        metadata: [String: String] = [:],
        type: StripeEnum<StripePriceType>? = nil, created: Int = 0, livemode: Bool = false
    ) {
        self.id = id
        self.product = product
        self.active = active
        self.currency = currency
        self.unitAmount = unitAmount
        self.unitAmountDecimal = unitAmountDecimal ?? unitAmount.map { Decimal($0) }
        self.billingScheme = billingScheme
        self.tiersMode = tiersMode
        self.tiers = tiers
        self.recurring = recurring
        self.transformQuantity = transformQuantity
        self.currencyOptions = currencyOptions
        self.lookupKey = lookupKey
        self.nickname = nickname
        self.taxBehavior = taxBehavior
        self.metadata = metadata
        self.type = type ?? StripeEnum(recurring == nil ? .oneTime : .recurring)
        self.created = created
        self.livemode = livemode
    }
}

extension StripeRecurring {
    package init(
        interval: StripeEnum<StripePriceInterval>, intervalCount: Int = 1,
        usageType: StripeEnum<StripeUsageType> = StripeEnum(.licensed), meter: String? = nil,
        trialPeriodDays: Int? = nil
    ) {
        self.interval = interval
        self.intervalCount = intervalCount
        self.usageType = usageType
        self.meter = meter
        self.trialPeriodDays = trialPeriodDays
    }
}

extension StripePriceTier {
    package init(
        upTo: Int?, unitAmount: Int? = nil, unitAmountDecimal: Decimal? = nil, flatAmount: Int? = nil,
        flatAmountDecimal: Decimal? = nil
    ) {
        self.upTo = upTo
        self.unitAmount = unitAmount
        self.unitAmountDecimal = unitAmountDecimal ?? unitAmount.map { Decimal($0) }
        self.flatAmount = flatAmount
        self.flatAmountDecimal = flatAmountDecimal ?? flatAmount.map { Decimal($0) }
    }
}

extension StripeCurrencyOption {
    package init(
        unitAmount: Int? = nil, unitAmountDecimal: Decimal? = nil, tiers: [StripePriceTier]? = nil,
        taxBehavior: StripeEnum<StripeTaxBehavior>? = nil
    ) {
        self.unitAmount = unitAmount
        self.unitAmountDecimal = unitAmountDecimal ?? unitAmount.map { Decimal($0) }
        self.tiers = tiers
        self.taxBehavior = taxBehavior
    }
}

extension StripeMeter {
    package init(
        id: String, displayName: String, eventName: String,
        status: StripeEnum<StripeMeterStatus> = StripeEnum(.active),
        formula: StripeEnum<StripeMeterFormula>, customerPayloadKey: String = "stripe_customer_id",
        customerMappingType: String = "by_id", valuePayloadKey: String = "value",
        eventTimeWindow: StripeEnum<StripeEventTimeWindow>? = nil, created: Int = 0, livemode: Bool = false
    ) {
        self.id = id
        self.displayName = displayName
        self.eventName = eventName
        self.status = status
        self.formula = formula
        self.customerPayloadKey = customerPayloadKey
        self.customerMappingType = customerMappingType
        self.valuePayloadKey = valuePayloadKey
        self.eventTimeWindow = eventTimeWindow
        self.created = created
        self.livemode = livemode
    }
}

extension StripeWebhookEndpoint {
    package init(
        id: String, url: String, enabledEvents: [String], description: String? = nil,
        status: StripeEnum<StripeWebhookStatus> = StripeEnum(.enabled), metadata: [String: String] = [:],
        apiVersion: String? = nil, secret: StripeSecret? = nil, created: Int = 0, livemode: Bool = false
    ) {
        self.id = id
        self.url = url
        self.enabledEvents = enabledEvents
        self.description = description
        self.status = status
        self.metadata = metadata
        self.apiVersion = apiVersion
        self.secret = secret
        self.created = created
        self.livemode = livemode
    }
}
