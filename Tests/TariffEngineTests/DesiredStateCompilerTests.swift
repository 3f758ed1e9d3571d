import Foundation
import Testing
import TariffConfig
import TariffEngine
import TariffStripe

@Suite("DesiredStateCompiler")
struct DesiredStateCompilerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func example() throws -> DesiredState {
        let loaded = ConfigLoader.load(paths: [root.appendingPathComponent("examples/api-business").path])
        let config = try #require(loaded.config)
        return DesiredStateCompiler.compile(config)
    }

    @Test(
        "metrics become Stripe aggregations",
        arguments: [
            (MetricAggregate.count, "sum"), (.sum, "sum"), (.uniqueCount, "last"), (.max, "last"),
            (.last, "last"),
        ])
    func formula(aggregate: MetricAggregate, formula: String) {
        #expect(DesiredStateCompiler.formula(for: aggregate).rawValue == formula)
    }

    @Test("the example compiles to meters, marked products and prices, and the webhook")
    func example() throws {
        let desired = try Self.example()
        let meter = try #require(desired.meter(.meter("api_calls")))
        #expect(meter.eventName == "acme_api_calls")
        #expect(meter.customerPayloadKey == "stripe_customer_id")
        #expect(meter.valuePayloadKey == "value")
        let product = try #require(desired.product(key: "search_api"))
        #expect(
            product.metadata == ["team": "search", "tariff_key": "search_api", "tariff_namespace": "acme"])
        #expect(product.defaultPrice == .price(product: "search_api", price: "search_usage"))
        let usage = try #require(desired.prices.first { $0.key == "search_usage" })
        #expect(usage.metadata["tariff_key"] == "search_api.search_usage")
        #expect(
            usage.recurring
                == DesiredRecurring(interval: .month, usageType: .metered, meter: .meter("api_calls")))
        #expect(usage.amounts.tiersMode == .graduated)
        #expect(usage.amounts.tiers?.map(\.upTo) == [10000, 1_000_000, nil])
        #expect(usage.currencyOptions["eur"]?.tiers?[1].unitAmount == Decimal(string: "0.18"))
        #expect(usage.onChange.subscribers == .migrateAtPeriodEnd)
        #expect(usage.onChange.isExplicit)
        #expect(usage.fieldRanges["tiers"] != nil)
        let package = try #require(desired.prices.first { $0.amounts.transformQuantity != nil })
        #expect(package.amounts.billingScheme == .perUnit)
        #expect(desired.webhook?.metadata["tariff_key"] == "webhook")
        #expect(desired.webhook?.enabledEvents.contains("invoice.paid") == true)
    }
}
