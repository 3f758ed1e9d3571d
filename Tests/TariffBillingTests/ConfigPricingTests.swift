import Foundation
import Testing
import TariffBilling
import TariffBillingPricing
import TariffConfig

/// The config's prices through the pricing math, on examples/api-business. Expected amounts are
/// computed by hand from the example's YAML in each comment.
@Suite struct ConfigPricingTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func apiBusiness() throws -> Config {
        let directory = root.appendingPathComponent("examples/api-business")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let inputs = try files.map { file in
            ConfigSourceFile(
                path: "examples/api-business/\(file)",
                bytes: Array(try Data(contentsOf: directory.appendingPathComponent(file))))
        }
        return try #require(ConfigLoader.load(inputs: inputs).config)
    }

    static func price(_ config: Config, _ product: String, _ price: String) throws -> Price {
        try #require(config.product(named: product)?.price(named: price))
    }

    @Test func graduatedInEachCurrency() throws {
        let price = try Self.price(try Self.apiBusiness(), "search_api", "search_usage")
        // 10,000 × 0 + 990,000 × 0.2 + 500,000 × 0.1
        #expect(price.scheme(in: "usd")?.charge(for: 1_500_000).amount == 248_000)
        // the eur option: 990,000 × 0.18 + 500,000 × 0.09
        #expect(price.scheme(in: "eur")?.charge(for: 1_500_000).amount == 223_200)
        #expect(price.scheme(in: "gbp") == nil)
    }

    @Test func volumeWithFlatAmounts() throws {
        let price = try Self.price(try Self.apiBusiness(), "search_api", "search_enterprise")
        // the second tier prices all 6,000,000 calls: 6,000,000 × 0.05 + 50,000
        #expect(price.scheme(in: "usd")?.charge(for: 6_000_000).amount == 350_000)
    }

    @Test func packagesRoundUp() throws {
        let price = try Self.price(try Self.apiBusiness(), "data_export", "export_bundles")
        // 2,500 KB in bundles of 1,000, rounded up: 3 × 40
        #expect(price.scheme(in: "usd")?.charge(for: 2_500).amount == 120)
    }

    @Test func mrrOnlyForLicensedRecurringPrices() throws {
        let config = try Self.apiBusiness()
        // 2 × 4,900 a month
        #expect(
            try Self.price(config, "search_api", "platform_fee").monthlyRecurring(
                quantity: 2, currency: "usd")
                == 9_800)
        #expect(
            try Self.price(config, "search_api", "search_usage").monthlyRecurring(
                quantity: 1, currency: "usd")
                == nil)
        #expect(
            try Self.price(config, "credit_pack", "credits_100k").monthlyRecurring(
                quantity: 1, currency: "usd")
                == nil)
        #expect(
            try Self.price(config, "search_api", "platform_fee").recurringPeriod == RecurringPeriod(.month))
    }
}
