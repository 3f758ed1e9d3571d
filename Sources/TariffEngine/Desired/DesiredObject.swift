package import TariffDiagnostics
package import TariffStripe

/// One Stripe object the config declares, as apply would create it.
package enum DesiredObject: Sendable, Hashable {
    case meter(DesiredMeter)
    case product(DesiredProduct)
    case price(DesiredPrice)
    case webhook(DesiredWebhook)

    package var address: ResourceAddress {
        switch self {
        case .meter(let meter): meter.address
        case .product(let product): product.address
        case .price(let price): price.address
        case .webhook: .webhook
        }
    }
}

/// A billing meter compiled from a `meters:` entry (DESIGN.md §3).
package struct DesiredMeter: Sendable, Hashable {
    package var key: String
    package var address: ResourceAddress
    package var displayName: String
    /// The meter's identity on Stripe (create-only).
    package var eventName: String
    /// `default_aggregation.formula`: `sum` for count/sum metrics, `last` for unique_count/max/last.
    package var formula: StripeMeterFormula
    /// `customer_mapping.event_payload_key` (type `by_id`).
    package var customerPayloadKey: String
    /// `value_settings.event_payload_key`.
    package var valuePayloadKey: String
    /// `event_time_window`: the config's `usage.window`, so a new meter takes one pre-aggregated
    /// total per window. Create-only on Stripe, and sent only on create: a live meter without a
    /// window is kept (usage reports to it as deltas).
    package var eventTimeWindow: StripeEventTimeWindow?
    package var range: SourceRange?

    package init(
        key: String, displayName: String, eventName: String, formula: StripeMeterFormula,
        customerPayloadKey: String = "stripe_customer_id", valuePayloadKey: String = "value",
        range: SourceRange? = nil
    ) {
        self.key = key
        self.address = .meter(key)
        self.displayName = displayName
        self.eventName = eventName
        self.formula = formula
        self.customerPayloadKey = customerPayloadKey
        self.valuePayloadKey = valuePayloadKey
        self.range = range
    }
}

/// A product compiled from a `products:` entry. Its Stripe id is its YAML key.
package struct DesiredProduct: Sendable, Hashable {
    package var key: String
    package var address: ResourceAddress
    /// The Stripe product id: the config's `id:`, else the key. A new product is created with
    /// it, and an unmarked product holding it may be adopted.
    package var stripeID: String
    package var name: String
    package var description: String?
    /// The user's metadata plus the markers `tariff_key` and `tariff_namespace`.
    package var metadata: [String: String]
    package var active: Bool
    package var taxCode: String?
    package var unitLabel: String?
    /// The default price, by address.
    package var defaultPrice: ResourceAddress?
    package var protected: Bool
    package var range: SourceRange?
    /// Where each field is written, by Stripe field name (`name`, `metadata.team`).
    package var fieldRanges: [String: SourceRange]

    package init(
        key: String, name: String, description: String? = nil, metadata: [String: String] = [:],
        active: Bool = true, taxCode: String? = nil, unitLabel: String? = nil,
        defaultPrice: ResourceAddress? = nil, protected: Bool = false, range: SourceRange? = nil,
        fieldRanges: [String: SourceRange] = [:], stripeID: String? = nil
    ) {
        self.key = key
        self.address = .product(key)
        self.stripeID = stripeID ?? key
        self.name = name
        self.description = description
        self.metadata = metadata
        self.active = active
        self.taxCode = taxCode
        self.unitLabel = unitLabel
        self.defaultPrice = defaultPrice
        self.protected = protected
        self.range = range
        self.fieldRanges = fieldRanges
    }
}

/// The webhook endpoint of `stripe.webhook`, identified by its URL.
package struct DesiredWebhook: Sendable, Hashable {
    package var url: String
    /// Concrete event types, sorted.
    package var enabledEvents: [String]
    package var description: String?
    /// The markers (`tariff_key=webhook`, namespace).
    package var metadata: [String: String]
    package var range: SourceRange?
    package var fieldRanges: [String: SourceRange]

    package init(
        url: String, enabledEvents: [String], description: String? = nil,
        metadata: [String: String] = [:], range: SourceRange? = nil,
        fieldRanges: [String: SourceRange] = [:]
    ) {
        self.url = url
        self.enabledEvents = enabledEvents
        self.description = description
        self.metadata = metadata
        self.range = range
        self.fieldRanges = fieldRanges
    }
}
