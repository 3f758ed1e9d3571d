import Foundation
package import TariffStripe

/// Reads a ``LiveState`` through list endpoints only, so requests grow with pages, not objects.
///
/// Two phases: the catalog (account, products, prices with tiers and currency options, meters,
/// webhook endpoints), all lists concurrently; then subscriptions, only for the prices the plan
/// touches (``readSubscriptions(ofPrices:everything:)``, by whichever of two strategies needs fewer
/// requests), with their customers expanded in the same pages for the id-mapping audit.
package struct LiveStateReader: Sendable {
    package let client: StripeClient
    /// How many subscription lists run at once (Stripe allows about 25 requests/s per endpoint
    /// in test mode; the client retries 429s).
    package var concurrency: Int

    package init(client: StripeClient, concurrency: Int = 8) {
        self.client = client
        self.concurrency = concurrency
    }

    /// The catalog, without subscriptions; `pages` counts the fewest list pages it needs.
    /// A restricted key (`rk_…`) never asks for the account: Stripe grants restricted keys no
    /// permission that reads it, so the account stays unknown and the mode comes from the key.
    package func readCatalog() async throws -> (state: LiveState, minimumPages: Int) {
        let key = client.configuration.apiKey
        async let account = Self.account(client)
        async let products = client.listAllProducts()
        async let prices = client.listAllPrices()
        async let meters = client.listAllMeters()
        async let webhooks = client.listAllWebhookEndpoints()
        let (liveAccount, liveProducts, livePrices, liveMeters, liveWebhooks) =
            try await (account, products, prices, meters, webhooks)
        let state = LiveState(
            account: liveAccount.map { LiveAccount($0, keyIsLive: key.mode == .live) }
                ?? .unreadable(keyIsLive: key.mode == .live),
            products: liveProducts.map(LiveProduct.init), prices: livePrices.map(LivePrice.init),
            meters: liveMeters.map(LiveMeter.init), webhooks: liveWebhooks.map(LiveWebhook.init))
        // One request for the account, two lists each for products and prices (active, archived).
        let activeProducts = liveProducts.count { $0.active }
        let activePrices = livePrices.count { $0.active }
        let pages =
            (liveAccount == nil ? 0 : 1) + Self.pages(activeProducts)
            + Self.pages(liveProducts.count - activeProducts)
            + Self.pages(activePrices) + Self.pages(livePrices.count - activePrices)
            + Self.pages(liveMeters.count) + Self.pages(liveWebhooks.count)
        return (state, pages)
    }

    /// `GET /v1/account`, or nil without asking for a restricted key.
    private static func account(_ client: StripeClient) async throws -> StripeAccount? {
        client.configuration.apiKey.isRestricted ? nil : try await client.retrieveAccount()
    }

    /// Converts subscriptions, paging the items of any whose embedded list was cut short.
    func complete(_ subscriptions: [StripeSubscription]) async throws -> [LiveSubscription] {
        var result: [LiveSubscription] = []
        result.reserveCapacity(subscriptions.count)
        for subscription in subscriptions {
            if subscription.items.hasMore {
                let items = try await client.listAllSubscriptionItems(subscription: subscription.id)
                result.append(LiveSubscription(subscription, allItems: items))
            } else {
                result.append(LiveSubscription(subscription))
            }
        }
        return result
    }

    /// Pages of 100 a list of `count` objects needs (an empty list still takes one request).
    static func pages(_ count: Int) -> Int {
        max(1, (count + 99) / 100)
    }
}
