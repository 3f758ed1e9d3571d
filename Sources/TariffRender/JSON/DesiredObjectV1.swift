public import TariffEngine

/// The object apply would create or update, as the JSON plan carries it: a `type`
/// (`meter`, `product`, `price`, `webhook_endpoint`) and that type's fields under the same key.
///
/// ```json
/// {"type": "meter", "meter": {"key": "api_calls", "event_name": "api_calls", …}}
/// ```
public struct DesiredObjectV1: Sendable, Hashable, Encodable {
    public var type: String
    public var meter: DesiredMeterV1?
    public var product: DesiredProductV1?
    public var price: DesiredPriceV1?
    public var webhookEndpoint: DesiredWebhookV1?

    enum CodingKeys: String, CodingKey {
        case type, meter, product, price
        case webhookEndpoint = "webhook_endpoint"
    }

    public init(_ object: DesiredObject) {
        switch object {
        case .meter(let meter):
            type = "meter"
            self.meter = DesiredMeterV1(meter)
        case .product(let product):
            type = "product"
            self.product = DesiredProductV1(product)
        case .price(let price):
            type = "price"
            self.price = DesiredPriceV1(price)
        case .webhook(let webhook):
            type = "webhook_endpoint"
            webhookEndpoint = DesiredWebhookV1(webhook)
        }
    }

}

/// A billing meter to create (DESIGN.md §3).
public struct DesiredMeterV1: Sendable, Hashable, Encodable {
    public var key: String
    public var displayName: String
    public var eventName: String
    public var formula: String
    public var customerPayloadKey: String
    public var valuePayloadKey: String
    /// `hour` or `day`; absent when the meter is not pre-aggregated.
    public var eventTimeWindow: String?
    public var location: LocationV1?

    enum CodingKeys: String, CodingKey {
        case key, formula, location
        case displayName = "display_name"
        case eventName = "event_name"
        case customerPayloadKey = "customer_payload_key"
        case valuePayloadKey = "value_payload_key"
        case eventTimeWindow = "event_time_window"
    }

    public init(_ meter: DesiredMeter) {
        key = meter.key
        displayName = meter.displayName
        eventName = meter.eventName
        formula = meter.formula.rawValue
        customerPayloadKey = meter.customerPayloadKey
        valuePayloadKey = meter.valuePayloadKey
        eventTimeWindow = meter.eventTimeWindow?.rawValue
        location = meter.range.locationV1
    }

}

/// A product to create or update; its Stripe id is its key.
public struct DesiredProductV1: Sendable, Hashable, Encodable {
    public var key: String
    public var name: String
    public var description: String?
    public var metadata: [String: String]
    public var active: Bool
    public var taxCode: String?
    public var unitLabel: String?
    public var defaultPrice: String?
    public var protected: Bool
    public var location: LocationV1?
    public var fieldLocations: [String: LocationV1]

    enum CodingKeys: String, CodingKey {
        case key, name, description, metadata, active, protected, location
        case taxCode = "tax_code"
        case unitLabel = "unit_label"
        case defaultPrice = "default_price"
        case fieldLocations = "field_locations"
    }

    public init(_ product: DesiredProduct) {
        key = product.key
        name = product.name
        description = product.description
        metadata = product.metadata
        active = product.active
        taxCode = product.taxCode
        unitLabel = product.unitLabel
        defaultPrice = product.defaultPrice?.path
        protected = product.protected
        location = product.range.locationV1
        fieldLocations = product.fieldRanges.mapValues(LocationV1.init)
    }

}

/// The webhook endpoint to create or update, identified by its URL. Its signing secret is never
/// in a plan: Stripe returns it only when apply creates the endpoint.
public struct DesiredWebhookV1: Sendable, Hashable, Encodable {
    public var url: String
    public var enabledEvents: [String]
    public var description: String?
    public var metadata: [String: String]
    public var location: LocationV1?
    public var fieldLocations: [String: LocationV1]

    enum CodingKeys: String, CodingKey {
        case url, description, metadata, location
        case enabledEvents = "enabled_events"
        case fieldLocations = "field_locations"
    }

    public init(_ webhook: DesiredWebhook) {
        url = webhook.url
        enabledEvents = webhook.enabledEvents
        description = webhook.description
        metadata = webhook.metadata
        location = webhook.range.locationV1
        fieldLocations = webhook.fieldRanges.mapValues(LocationV1.init)
    }

}
