/// The counts `tariff validate` prints for a valid config.
public struct ConfigSummary: Sendable, Hashable, CustomStringConvertible {
    public var products: Int
    public var prices: Int
    public var meters: Int
    public var hasWebhook: Bool

    public init(_ config: Config) {
        products = config.products.count
        prices = config.prices.count
        meters = config.meters.count
        hasWebhook = config.stripe.webhook != nil
    }

    /// `1 product, 2 prices, 0 meters, no webhook`.
    public var description: String {
        [
            Self.count(products, "product"), Self.count(prices, "price"), Self.count(meters, "meter"),
            hasWebhook ? "a webhook" : "no webhook",
        ].joined(separator: ", ")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
