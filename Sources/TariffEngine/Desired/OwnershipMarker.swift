/// The metadata keys that mark an object as Tariff's (DESIGN.md §3).
///
/// Meters have no metadata; they are identified by event name alone.
package enum OwnershipMarker {
    /// The YAML key of the object: `search_api` (product), `search_api.search_usage` (price),
    /// `webhook` (the webhook endpoint).
    package static let keyField = "tariff_key"
    /// The config's `stripe.namespace`; absent when the config sets none.
    package static let namespaceField = "tariff_namespace"
    /// The `tariff_key` of the webhook endpoint.
    package static let webhookKey = "webhook"

    /// Whether a metadata key is Tariff's own (`tariff_key`, `tariff_namespace`, any `tariff_…`
    /// key a later version adds), which the YAML's `metadata:` never removes.
    package static func isTariffKey(_ key: String) -> Bool {
        key.hasPrefix("tariff_")
    }

    /// The `tariff_key` of a price.
    package static func priceKey(product: String, price: String) -> String {
        "\(product).\(price)"
    }

    /// The markers for an object with `key` under `namespace`.
    package static func metadata(key: String, namespace: String?) -> [String: String] {
        var markers = [keyField: key]
        if let namespace { markers[namespaceField] = namespace }
        return markers
    }

    /// Whether `metadata` carries a marker, and whether its namespace is `namespace`.
    static func ownership(of metadata: [String: String], namespace: String?) -> Ownership {
        guard let key = metadata[keyField], !key.isEmpty else { return .none }
        let liveNamespace = metadata[namespaceField].flatMap { $0.isEmpty ? nil : $0 }
        return liveNamespace == namespace ? .managed(key: key) : .foreign
    }

    /// The result of ``ownership(of:namespace:)``.
    enum Ownership: Equatable {
        /// Tariff's, under this config's namespace, with its `tariff_key`.
        case managed(key: String)
        /// Marked by Tariff under another namespace.
        case foreign
        /// No marker.
        case none
    }
}
