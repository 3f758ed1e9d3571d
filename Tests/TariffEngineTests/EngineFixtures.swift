import Foundation
import TariffEngine
import TariffStripe

/// A small catalog (one meter, one product with a metered and a licensed price, a webhook) and a
/// live state that matches it exactly; tests change one side and read the plan.
enum Fixture {
    static let namespace = "acme"
    static let productAddress = ResourceAddress.product("search_api")
    static let usageAddress = ResourceAddress.price(product: "search_api", price: "search_usage")
    static let feeAddress = ResourceAddress.price(product: "search_api", price: "platform_fee")

    static func markers(_ key: String) -> [String: String] {
        OwnershipMarker.metadata(key: key, namespace: namespace)
    }

    static var meter: DesiredMeter {
        DesiredMeter(key: "api_calls", displayName: "API calls", eventName: "api_calls", formula: .sum)
    }

    static var product: DesiredProduct {
        var metadata = markers("search_api")
        metadata["team"] = "search"
        return DesiredProduct(
            key: "search_api", name: "Search API", description: "Full-text search", metadata: metadata,
            defaultPrice: usageAddress)
    }

    static var usagePrice: DesiredPrice {
        DesiredPrice(
            key: "search_usage", productKey: "search_api", lookupKey: "search_usage",
            nickname: "Search per call",
            currency: "usd",
            recurring: DesiredRecurring(interval: .month, usageType: .metered, meter: .meter("api_calls")),
            amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: Decimal(string: "0.2")),
            taxBehavior: .exclusive, metadata: markers("search_api.search_usage"))
    }

    static var feePrice: DesiredPrice {
        DesiredPrice(
            key: "platform_fee", productKey: "search_api", lookupKey: "platform_fee", currency: "usd",
            recurring: DesiredRecurring(interval: .month, usageType: .licensed),
            amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 4900),
            metadata: markers("search_api.platform_fee"))
    }

    static var webhook: DesiredWebhook {
        DesiredWebhook(
            url: "https://hooks.example.com/stripe", enabledEvents: ["customer.created", "invoice.paid"],
            metadata: markers(OwnershipMarker.webhookKey))
    }

    static func desired(
        prices: [DesiredPrice] = [usagePrice, feePrice], idMapping: DesiredIDMapping = DesiredIDMapping()
    ) -> DesiredState {
        DesiredState(
            namespace: namespace, meters: [meter], products: [product], prices: prices, webhook: webhook,
            idMapping: idMapping)
    }

    static let account = LiveAccount(id: "acct_test", livemode: false)

    /// A live state equal to `desired()`.
    static func matchingLive() -> LiveState {
        LiveState(
            account: account,
            products: [
                LiveProduct(
                    id: "search_api", name: "Search API", description: "Full-text search",
                    metadata: product.metadata, defaultPriceID: "price_usage", created: 10)
            ],
            prices: [
                LivePrice(
                    id: "price_usage", productID: "search_api", currency: "usd",
                    amounts: LiveAmounts(
                        billingScheme: StripeEnum(.perUnit), unitAmount: Decimal(string: "0.20")),
                    recurring: LiveRecurring(
                        interval: StripeEnum(.month), usageType: StripeEnum(.metered), meterID: "mtr_1"),
                    lookupKey: "search_usage", nickname: "Search per call",
                    taxBehavior: StripeEnum(.exclusive),
                    metadata: usagePrice.metadata, created: 20),
                LivePrice(
                    id: "price_fee", productID: "search_api", currency: "usd",
                    amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 4900),
                    recurring: LiveRecurring(interval: StripeEnum(.month), usageType: StripeEnum(.licensed)),
                    lookupKey: "platform_fee",
                    taxBehavior: StripeEnum(.unspecified), metadata: feePrice.metadata, created: 21),
            ],
            meters: [
                LiveMeter(
                    id: "mtr_1", displayName: "API calls", eventName: "api_calls", formula: StripeEnum(.sum))
            ],
            webhooks: [
                LiveWebhook(
                    id: "we_1", url: "https://hooks.example.com/stripe",
                    enabledEvents: ["invoice.paid", "customer.created"], metadata: webhook.metadata)
            ])
    }

    /// `live` with the price `id` changed by `change`.
    static func changingPrice(_ id: String, in live: LiveState, _ change: (inout LivePrice) -> Void)
        -> LiveState
    {
        var live = live
        if let index = live.prices.firstIndex(where: { $0.id == id }) { change(&live.prices[index]) }
        return live
    }

    /// Subscriptions on `priceID`: one per status given, each for its own customer.
    static func subscriptions(
        on priceID: String, statuses: [String], customerMetadata: [[String: String]]? = nil
    ) -> [LiveSubscription] {
        statuses.enumerated().map { offset, status in
            LiveSubscription(
                id: "sub_\(priceID)_\(offset)", customerID: "cus_\(offset)",
                status: StripeEnum(rawValue: status),
                items: [LiveSubscriptionItem(id: "si_\(priceID)_\(offset)", priceID: priceID, quantity: nil)],
                customerMetadata: customerMetadata?[offset])
        }
    }
}

extension Plan {
    /// The single action at `address` of `kind`, if there is exactly one.
    func action(_ kind: ActionKind, at address: ResourceAddress) -> PlanAction? {
        let matches = actions.filter { $0.kind == kind && $0.address == address }
        return matches.count == 1 ? matches[0] : nil
    }

    var kinds: [ActionKind] { actions.map(\.kind) }
}
