package import TariffEngine

/// The object apply would create or update, as the JSON plan carries it: a `type`
/// (`meter`, `product`, `price`, `webhook_endpoint`) and that type's fields under the same key.
///
/// ```json
/// {"type": "meter", "meter": {"key": "api_calls", "event_name": "api_calls", …}}
/// ```
package struct DesiredObjectV1: Sendable, Hashable, Encodable {
    package var type: String
    package var meter: DesiredMeterV1?
    package var product: DesiredProductV1?
    package var price: DesiredPriceV1?
    package var webhookEndpoint: DesiredWebhookV1?

    enum CodingKeys: String, CodingKey {
        case type, meter, product, price
        case webhookEndpoint = "webhook_endpoint"
    }

    package init(_ object: DesiredObject) {
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
package struct DesiredMeterV1: Sendable, Hashable, Encodable {
    package var key: String
    package var displayName: String
    package var eventName: String
    package var formula: String
    package var customerPayloadKey: String
    package var valuePayloadKey: String
    /// `hour` or `day`; absent when the meter is not pre-aggregated.
    package var eventTimeWindow: String?
    package var location: LocationV1?

    enum CodingKeys: String, CodingKey {
        case key, formula, location
        case displayName = "display_name"
        case eventName = "event_name"
        case customerPayloadKey = "customer_payload_key"
        case valuePayloadKey = "value_payload_key"
        case eventTimeWindow = "event_time_window"
    }

    package init(_ meter: DesiredMeter) {
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
package struct DesiredProductV1: Sendable, Hashable, Encodable {
    package var key: String
    package var name: String
    package var description: String?
    package var metadata: [String: String]
    package var active: Bool
    package var taxCode: String?
    package var unitLabel: String?
    package var defaultPrice: String?
    package var protected: Bool
    package var location: LocationV1?
    package var fieldLocations: [String: LocationV1]

    enum CodingKeys: String, CodingKey {
        case key, name, description, metadata, active, protected, location
        case taxCode = "tax_code"
        case unitLabel = "unit_label"
        case defaultPrice = "default_price"
        case fieldLocations = "field_locations"
    }

    package init(_ product: DesiredProduct) {
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
package struct DesiredWebhookV1: Sendable, Hashable, Encodable {
    package var url: String
    package var enabledEvents: [String]
    package var description: String?
    package var metadata: [String: String]
    package var location: LocationV1?
    package var fieldLocations: [String: LocationV1]

    enum CodingKeys: String, CodingKey {
        case url, description, metadata, location
        case enabledEvents = "enabled_events"
        case fieldLocations = "field_locations"
    }

    package init(_ webhook: DesiredWebhook) {
        url = webhook.url
        enabledEvents = webhook.enabledEvents
        description = webhook.description
        metadata = webhook.metadata
        location = webhook.range.locationV1
        fieldLocations = webhook.fieldRanges.mapValues(LocationV1.init)
    }

}
