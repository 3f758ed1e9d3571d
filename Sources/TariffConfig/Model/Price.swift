package import TariffDiagnostics

/// An entry of a product's `prices:`: one Stripe price.
package struct Price: Sendable, Hashable {
    /// The YAML key (`search_usage`); the default lookup key.
    package var key: String
    package var keyRange: SourceRange
    /// The whole entry (key and value).
    package var range: SourceRange
    /// The key of the product the price is declared under.
    package var productKey: String
    /// Stripe's "price description", shown on invoices.
    package var nickname: Located<String>?
    /// A lowercase ISO 4217 code that Stripe supports (`usd`).
    package var currency: Located<String>
    /// The billing period; `nil` makes a one-time price (setup fees, credit packs).
    package var interval: Located<BillingInterval>?
    /// Periods per billing cycle; defaults to 1. At most 3 years in total.
    package var intervalCount: Located<Int>
    /// The key of the meter feeding a metered price; `nil` for a licensed price.
    package var meter: Located<String>?
    /// Exactly one pricing model; the range is that of the model's key and value.
    package var pricing: Located<PricingModel>
    /// Amounts in further currencies, in declaration order.
    package var currencyOptions: [CurrencyOption]
    package var taxBehavior: Located<TaxBehavior>?
    /// Defaults to the price's key.
    package var lookupKey: Located<String>
    package var metadata: Metadata
    /// Defaults to `true`.
    package var active: Located<Bool>
    /// `true` makes plan refuse to archive or replace the price. Defaults to `false`.
    package var protected: Located<Bool>
    /// What happens to subscribers when the price is replaced or archived.
    package var onChange: OnChange
    /// `grants:`: the billing credits a purchase of this price earns; nil for none.
    package var grants: CreditGrantPolicy? = nil

    package init(
        key: String, keyRange: SourceRange, range: SourceRange, productKey: String,
        nickname: Located<String>? = nil, currency: Located<String>,
        interval: Located<BillingInterval>? = nil, intervalCount: Located<Int> = .defaulted(1),
        meter: Located<String>? = nil, pricing: Located<PricingModel>,
        currencyOptions: [CurrencyOption] = [], taxBehavior: Located<TaxBehavior>? = nil,
        lookupKey: Located<String>? = nil, metadata: Metadata = Metadata(),
        active: Located<Bool> = .defaulted(true), protected: Located<Bool> = .defaulted(false),
        onChange: OnChange = OnChange()
    ) {
        self.key = key
        self.keyRange = keyRange
        self.range = range
        self.productKey = productKey
        self.nickname = nickname
        self.currency = currency
        self.interval = interval
        self.intervalCount = intervalCount
        self.meter = meter
        self.pricing = pricing
        self.currencyOptions = currencyOptions
        self.taxBehavior = taxBehavior
        self.lookupKey = lookupKey ?? .defaulted(key)
        self.metadata = metadata
        self.active = active
        self.protected = protected
        self.onChange = onChange
    }

    /// Metered prices bill what their meter reports (`recurring.usage_type=metered`).
    package var isMetered: Bool { meter != nil }
    /// Recurring prices have an interval; the others are one-time.
    package var isRecurring: Bool { interval != nil }
}

/// `interval:` of a recurring price.
package enum BillingInterval: String, Sendable, Hashable, CaseIterable {
    case day, week, month, year

    /// The largest `interval_count` Stripe accepts: three years of this interval.
    package var maximumCount: Int {
        switch self {
        case .day: 1095
        case .week: 156
        case .month: 36
        case .year: 3
        }
    }
}

/// `tax_behavior:`; once `inclusive` or `exclusive` on Stripe, it cannot change.
package enum TaxBehavior: String, Sendable, Hashable, CaseIterable {
    case exclusive, inclusive, unspecified
}

/// `on_change:`: what plan and apply do with subscriptions when this price is replaced.
package struct OnChange: Sendable, Hashable {
    /// Defaults to `grandfather` (subscribers keep the old price).
    package var subscribers: Located<SubscriberPolicy>
    /// Defaults to `create_prorations`, as Stripe does.
    package var proration: Located<ProrationBehavior>
    /// The whole `on_change:` mapping; `nil` when left out.
    package var range: SourceRange?

    package init(
        subscribers: Located<SubscriberPolicy> = .defaulted(.grandfather),
        proration: Located<ProrationBehavior> = .defaulted(.createProrations),
        range: SourceRange? = nil
    ) {
        self.subscribers = subscribers
        self.proration = proration
        self.range = range
    }
}

/// `on_change.subscribers`.
package enum SubscriberPolicy: String, Sendable, Hashable, CaseIterable {
    case grandfather
    case migrateNow = "migrate_now"
    case migrateAtPeriodEnd = "migrate_at_period_end"
}

/// `on_change.proration`, Stripe's `proration_behavior`.
package enum ProrationBehavior: String, Sendable, Hashable, CaseIterable {
    case none
    case createProrations = "create_prorations"
    case alwaysInvoice = "always_invoice"
}
