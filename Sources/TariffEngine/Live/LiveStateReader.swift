import Foundation
public import TariffStripe

/// Reads a ``LiveState`` through list endpoints only, so requests grow with pages, not objects.
///
/// Two phases: the catalog (account, products, prices with tiers and currency options, meters,
/// webhook endpoints), all lists concurrently; then subscriptions, only for the prices the plan
/// touches (``readSubscriptions(ofPrices:)``), with their customers expanded in the same pages for
/// the id-mapping audit.
public struct LiveStateReader: Sendable {
    public let client: StripeClient
    /// How many subscription lists run at once (Stripe allows about 25 requests/s per endpoint
    /// in test mode; the client retries 429s).
    public var concurrency: Int
    /// Above this many touched prices, one list of every subscription is cheaper than one list
    /// per price.
    public var perPriceLimit: Int

    public init(client: StripeClient, concurrency: Int = 8, perPriceLimit: Int = 1000) {
        self.client = client
        self.concurrency = concurrency
        self.perPriceLimit = perPriceLimit
    }

    /// The catalog, without subscriptions; `pages` counts the fewest list pages it needs.
    /// A restricted key (`rk_…`) never asks for the account: Stripe grants restricted keys no
    /// permission that reads it, so the account stays unknown and the mode comes from the key.
    public func readCatalog() async throws -> (state: LiveState, minimumPages: Int) {
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

    /// Subscriptions (any status, customers expanded) on `priceIDs`: one list per price while they
    /// are few, else one list of every subscription filtered here. `pages` is the fewest list
    /// pages that the chosen reads need.
    /// `everything` reads every subscription (the full id-mapping audit) whatever `priceIDs` holds.
    public func readSubscriptions(
        ofPrices priceIDs: [String], everything: Bool = false
    ) async throws -> (subscriptions: [LiveSubscription], minimumPages: Int) {
        if everything || priceIDs.count > perPriceLimit {
            let wanted = Set(priceIDs)
            let all = try await client.listAllSubscriptions(expand: ["data.customer"])
            let live = try await complete(all).filter { subscription in
                everything || subscription.items.contains { wanted.contains($0.priceID) }
            }
            return (live, Self.pages(all.count))
        }
        guard !priceIDs.isEmpty else { return ([], 0) }
        var byPrice: [[StripeSubscription]] = []
        try await withThrowingTaskGroup(of: [StripeSubscription].self) { group in
            var next = priceIDs.startIndex
            func start() {
                guard next < priceIDs.endIndex else { return }
                let id = priceIDs[next]
                next += 1
                group.addTask { try await client.listAllSubscriptions(price: id, expand: ["data.customer"]) }
            }
            for _ in 0..<max(1, concurrency) { start() }
            while let result = try await group.next() {
                byPrice.append(result)
                start()
            }
        }
        let pages = byPrice.reduce(0) { $0 + Self.pages($1.count) }
        var seen: Set<String> = []
        let unique = byPrice.joined().filter { seen.insert($0.id).inserted }
        return (try await complete(Array(unique)), pages)
    }

    /// Converts subscriptions, paging the items of any whose embedded list was cut short.
    private func complete(_ subscriptions: [StripeSubscription]) async throws -> [LiveSubscription] {
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
