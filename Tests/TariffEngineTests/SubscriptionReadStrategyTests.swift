import Foundation
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// The planner reads the subscriptions of touched prices by whichever strategy needs fewer
/// requests: one list per price, or one account-wide list (issue 9, item 7).
@Suite("Subscription read strategy")
struct SubscriptionReadStrategyTests {
    /// A product with three licensed prices, all subscribed to.
    static let config = """
        version: 1
        stripe:
          api_key: env:STRIPE_API_KEY
          mode: test
        products:
          team:
            name: Team
            prices:
              a: { currency: usd, interval: month, flat: 100 }
              b: { currency: usd, interval: month, flat: 200 }
              c: { currency: usd, interval: month, flat: 300 }
        """

    /// Applies the config and subscribes `counts[i]` customers to price i (a, b, c).
    static func seeded(_ counts: [Int]) async throws -> (ApplyBench, prices: [String]) {
        let bench = ApplyBench()
        #expect(try await bench.apply(ApplyBench.desired(config)).succeeded)
        let live: [StripePrice] = try await bench.all("/v1/prices")
        let ids = try ["a", "b", "c"].map { key in try #require(live.first { $0.lookupKey == key }?.id) }
        let customer = try await bench.client.createCustomer(CustomerCreateParams(name: "Acme"))
        for (id, count) in zip(ids, counts) {
            for _ in 0..<count {
                _ = try await bench.client.createSubscription(
                    SubscriptionCreateParams(
                        customer: customer.id, items: [SubscriptionItemParams(price: id)]))
            }
        }
        return (bench, ids)
    }

    @Test func fewSubscriptionsAreReadInOneAccountWideList() async throws {
        let (bench, prices) = try await Self.seeded([3, 2, 4])
        let reader = LiveStateReader(client: bench.client)
        let before = bench.client.requestCounts.total
        let read = try await reader.readSubscriptions(ofPrices: [prices[0], prices[1]])
        #expect(bench.client.requestCounts.total - before == 1)
        #expect(read.subscriptions.count == 5)
        let statistics = try #require(read.statistics)
        #expect(statistics.strategy == .accountWide)
        #expect(statistics.accountWidePages == 1)
        #expect(statistics.accountWideIsComplete)
        #expect(statistics.perPricePages == 2)
        #expect(read.minimumPages == 1)
    }

    @Test func aLargeAccountIsReadPerPrice() async throws {
        // 150 subscriptions on an untouched price make the account-wide list two pages, more
        // than the one list the single touched price needs.
        let (bench, prices) = try await Self.seeded([2, 0, 150])
        let reader = LiveStateReader(client: bench.client)
        let before = bench.client.requestCounts.total
        let read = try await reader.readSubscriptions(ofPrices: [prices[0]])
        // One page of the account-wide probe, then the one per-price list.
        #expect(bench.client.requestCounts.total - before == 2)
        #expect(read.subscriptions.count == 2)
        #expect(read.subscriptions.allSatisfy { $0.items.contains { $0.priceID == prices[0] } })
        let statistics = try #require(read.statistics)
        #expect(statistics.strategy == .perPrice)
        #expect(statistics.perPricePages == 1)
        #expect(statistics.accountWidePages == 1)
        #expect(!statistics.accountWideIsComplete)
        #expect(read.minimumPages == 2)
    }

    @Test func nothingTouchedReadsNothing() async throws {
        let (bench, _) = try await Self.seeded([1, 0, 0])
        let before = bench.client.requestCounts.total
        let read = try await LiveStateReader(client: bench.client).readSubscriptions(ofPrices: [])
        #expect(bench.client.requestCounts.total - before == 0)
        #expect(read.statistics == nil)
        #expect(read.subscriptions.isEmpty)
    }
}
