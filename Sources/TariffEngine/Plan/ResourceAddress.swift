/// Where a resource sits in the config: `meters.api_calls`, `products.search_api`,
/// `products.search_api.prices.search_usage`, `stripe.webhook`.
///
/// Addresses name YAML entries, not Stripe ids, so they are stable across replacements and can be
/// used in `--fail-on`-style filters and in review comments. A pruned object that the YAML no longer
/// declares keeps the address its `tariff_key` metadata implies.
package struct ResourceAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The dotted path.
    package var path: String

    package init(_ path: String) {
        self.path = path
    }

    package static func meter(_ key: String) -> ResourceAddress {
        ResourceAddress("meters.\(key)")
    }

    package static func product(_ key: String) -> ResourceAddress {
        ResourceAddress("products.\(key)")
    }

    package static func price(product: String, price: String) -> ResourceAddress {
        ResourceAddress("products.\(product).prices.\(price)")
    }

    package static let webhook = ResourceAddress("stripe.webhook")

    /// The subscriptions of a price (the address of a migrate action).
    package static func subscriptions(of price: ResourceAddress) -> ResourceAddress {
        ResourceAddress("\(price.path).subscriptions")
    }

    package var description: String { path }

    package static func < (lhs: ResourceAddress, rhs: ResourceAddress) -> Bool { lhs.path < rhs.path }
}
