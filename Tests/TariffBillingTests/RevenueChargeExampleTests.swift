import Foundation
import Testing
import TariffBilling
import TariffConfig

/// `tariff revenue`'s usage charges on the worked examples of Stripe's documentation, with the
/// amounts Stripe states: the config's prices (as a user writes them) priced through the report,
/// one usage reading each. The same examples are billed by the emulator's invoices in
/// `StripePricingInvoiceTests` and `StripeCreditExampleTests`.
@Suite struct RevenueChargeExampleTests {
    /// The "Typographic" tiers and the flat-rate tiers of the tiered pricing page, as the config
    /// writes them (YAML flow style).
    static let typographicTiers =
        "[{ up_to: 5, unit_amount: 700 }, { up_to: 10, unit_amount: 650 }, { up_to: inf, unit_amount: 600 }]"
    static let flatRateTiers =
        "[{ up_to: 5, unit_amount: 500, flat_amount: 1000 }, { up_to: 10, unit_amount: 400, flat_amount: 2000 }, "
        + "{ up_to: 15, unit_amount: 300, flat_amount: 3000 }, { up_to: 20, unit_amount: 200, flat_amount: 4000 }, "
        + "{ up_to: inf, unit_amount: 100, flat_amount: 5000 }]"

    /// Tiers from https://docs.stripe.com/subscriptions/pricing-models/tiered-pricing ("Typographic"
    /// and the flat-rate table), packages from
    /// https://docs.stripe.com/billing/subscriptions/usage-based/transform-quantities (car rental,
    /// 10 USD per started hour) and https://stripe.com/docs/billing/subscriptions/quantity-transformation
    /// (10 USD per 5 users), token rates from
    /// https://docs.stripe.com/billing/subscriptions/usage-based/use-cases/credits-based-pricing-model
    /// ("Hypernian": 0.03 USD an input token, 0.05 USD an output token).
    static let yaml =
        RevenueReportTests.header + """
            meters:
              fonts: { display_name: Fonts, event_name: fonts, metric: { aggregate: count } }
              minutes: { display_name: Minutes, event_name: minutes, metric: { aggregate: count } }
              users: { display_name: Users, event_name: users, metric: { aggregate: count } }
              input_tokens: { display_name: Input tokens, event_name: input_tokens, metric: { aggregate: count } }
            products:
              typographic:
                name: Typographic
                prices:
                  volume: { currency: usd, interval: month, meter: fonts, volume: \(typographicTiers) }
                  graduated: { currency: usd, interval: month, meter: fonts, graduated: \(typographicTiers) }
                  flat_volume: { currency: usd, interval: month, meter: fonts, volume: \(flatRateTiers) }
                  flat_graduated: { currency: usd, interval: month, meter: fonts, graduated: \(flatRateTiers) }
              rental:
                name: Car rental
                prices:
                  hourly: { currency: usd, interval: month, meter: minutes, package: { size: 60, amount: 1000, round: up } }
                  per_five_users: { currency: usd, interval: month, meter: users, package: { size: 5, amount: 1000, round: up } }
              hypernian:
                name: Hypernian
                prices:
                  input: { currency: usd, interval: month, meter: input_tokens, per_unit: 3 }
            """

    static func prices() throws -> [String: Price] {
        let input = ConfigSourceFile(path: "tariff.yaml", bytes: Array(yaml.utf8))
        let loaded = ConfigLoader.load(inputs: [input])
        let config = try #require(loaded.config, "\(loaded.diagnostics)")
        return Dictionary(uniqueKeysWithValues: config.prices.map { ("\($0.productKey).\($0.key)", $0) })
    }

    /// The report for one customer of company `typo` with `quantity` of `priceKey`'s meter.
    static func report(_ priceKey: String, _ quantity: Int64, credits: Int = 0) throws -> RevenueReport {
        let period = try #require(RevenuePeriod("2026-11"))
        let prices = try prices()
        let meter = try #require(prices[priceKey]?.meter?.value)
        let usage = RevenueInput.Usage(
            customer: "cus_1", subscription: "sub_1", priceKey: priceKey, meterKey: meter, currency: "usd",
            quantity: quantity, periodStart: period.start, periodEnd: period.end)
        let input = RevenueInput(
            customers: [.init(id: "cus_1", company: "typo")], subscriptions: [], invoices: [], usage: [usage],
            usageSource: .eventSummaries,
            creditBalances: credits > 0
                ? [.init(customer: "cus_1", currency: "usd", available: credits, ledger: credits)] : [])
        return RevenueReport(input, prices: prices, period: period)
    }

    /// Every table row and worked sum of the pages named above, in cents.
    @Test(
        arguments: [
            // Volume: 1 → 7 USD, 5 → 35, 6 → 39, 20 → 120, 25 → 150.
            ("typographic.volume", 1, 700), ("typographic.volume", 5, 3_500),
            ("typographic.volume", 6, 3_900),
            ("typographic.volume", 20, 12_000), ("typographic.volume", 25, 15_000),
            // Graduated: 1 → 7 USD, 5 → 35, 6 → 41.5, 20 → 127.5, 25 → 157.5.
            ("typographic.graduated", 1, 700), ("typographic.graduated", 5, 3_500),
            ("typographic.graduated", 6, 4_150), ("typographic.graduated", 20, 12_750),
            ("typographic.graduated", 25, 15_750),
            // Flat rates: 12 → 66 USD (volume), 111 USD (graduated); 0 → 10 USD under both.
            ("typographic.flat_volume", 12, 6_600), ("typographic.flat_graduated", 12, 11_100),
            ("typographic.flat_volume", 0, 1_000), ("typographic.flat_graduated", 0, 1_000),
            // Packages: 150 minutes → 3 hours → 30 USD; 1, 5 users → 10 USD, 6, 7 users → 20 USD.
            ("rental.hourly", 150, 3_000), ("rental.per_five_users", 1, 1_000),
            ("rental.per_five_users", 5, 1_000), ("rental.per_five_users", 6, 2_000),
            ("rental.per_five_users", 7, 2_000),
        ] as [(String, Int64, Int)])
    func chargeMatchesStripesExample(price: String, quantity: Int64, cents: Int) throws {
        let report = try Self.report(price, quantity)
        let company = try #require(report.companies.first)
        #expect(company.usage.map(\.charge) == [cents])
        #expect(company.amounts["usd"]?.usage == cents)
        #expect(report.totals["usd"]?.usage == cents)
    }

    /// The credits example: a 10 USD grant on metered prices (`value: 1000`) and 3,000 input
    /// tokens at 0.03 USD. Before the period ends the report shows the usage's charge, 90.00 USD,
    /// and the 10.00 USD of credits available; Stripe applies them when the invoice finalizes
    /// (`StripeCreditExampleTests` asserts the invoice).
    @Test func hypernianCreditsAndUsage() throws {
        let report = try Self.report("hypernian.input", 3_000, credits: 1_000)
        let amounts = try #require(report.companies.first?.amounts["usd"])
        #expect(amounts.usage == 9_000 && amounts.credits == 1_000)
        let csv = try RevenueFormat.csv.render(report)
        #expect(csv.contains("company,typo,usd,cus_1,,0.00,90.00,10.00,0.00,0.00,,,,,"), "\(csv)")
        #expect(
            csv.contains(
                "usage,typo,usd,cus_1,sub_1,,90.00,,,,input_tokens,hypernian.input,3000,2026-11-01T00:00:00Z,"
            ))
        #expect(csv.hasSuffix("usage_source,event_summaries,,,,,,,,,,,,,\n"), "\(csv)")
        let text = try RevenueFormat.text.render(report)
        #expect(text.contains("90.00 USD") && text.contains("10.00 USD"))
        #expect(text.contains("from Stripe's meter event summaries"))
    }
}
