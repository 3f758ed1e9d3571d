/// The counts `tariff validate` prints for a valid config.
package struct ConfigSummary: Sendable, Hashable, CustomStringConvertible {
    package var products: Int
    package var prices: Int
    package var meters: Int
    package var hasWebhook: Bool

    package init(_ config: Config) {
        products = config.products.count
        prices = config.prices.count
        meters = config.meters.count
        hasWebhook = config.stripe.webhook != nil
    }

    /// `1 product, 2 prices, 0 meters, no webhook`.
    package var description: String {
        [
            Self.count(products, "product"), Self.count(prices, "price"), Self.count(meters, "meter"),
            hasWebhook ? "a webhook" : "no webhook",
        ].joined(separator: ", ")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
