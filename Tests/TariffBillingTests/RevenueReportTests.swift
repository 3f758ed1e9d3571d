import Foundation
import Testing
import TariffBilling
import TariffConfig

/// The revenue aggregation on a small config: MRR per currency with quantities and intervals,
/// companies, customers without a company, invoices inside and outside the month. Each expected
/// amount is worked out by hand in a comment.
@Suite struct RevenueReportTests {
    static let yaml = """
        version: 1
        stripe:
          api_key: env:STRIPE_API_KEY
          mode: test
        meters:
          calls:
            display_name: Calls
            event_name: calls
            metric: { aggregate: count }
        products:
          seats:
            name: Seats
            prices:
              monthly: { currency: usd, interval: month, per_unit: 1250 }
              yearly: { currency: usd, interval: year, per_unit: 120000 }
              quarterly: { currency: eur, interval: month, interval_count: 3, per_unit: 3000 }
              calls: { currency: usd, interval: month, meter: calls, per_unit: "0.5" }
        """

    /// The config's lines before `meters:` (a test-mode account), for suites with other prices.
    static var header: String { yaml.components(separatedBy: "meters:").first ?? "" }

    static func prices() throws -> [String: Price] {
        let input = ConfigSourceFile(path: "tariff.yaml", bytes: Array(yaml.utf8))
        let config = try #require(ConfigLoader.load(inputs: [input]).config)
        return Dictionary(uniqueKeysWithValues: config.prices.map { ("\($0.productKey).\($0.key)", $0) })
    }

    static let november = RevenuePeriod("2026-11")

    typealias Item = RevenueInput.Subscription.Item

    static func input() -> RevenueInput {
        RevenueInput(
            customers: [
                .init(id: "cus_a1", company: "acme"), .init(id: "cus_a2", company: "acme"),
                .init(id: "cus_b", company: "globex"), .init(id: "cus_x", company: nil),
            ],
            subscriptions: [
                // 3 × 12.50 + 2 × 1,200.00 / 12 = 37.50 + 200.00; the metered item adds nothing.
                .init(
                    id: "sub_a1", customer: "cus_a1", status: "active", currency: "usd",
                    items: [
                        Item(priceKey: "seats.monthly", quantity: 3),
                        Item(priceKey: "seats.yearly", quantity: 2),
                        Item(priceKey: "seats.calls", quantity: 1),
                    ]),
                // past_due still counts: 1 × 12.50.
                .init(
                    id: "sub_a2", customer: "cus_a2", status: "past_due", currency: "usd",
                    items: [Item(priceKey: "seats.monthly", quantity: 1)]),
                // 5 × 30.00 every 3 months = 50.00 EUR a month.
                .init(
                    id: "sub_b", customer: "cus_b", status: "active", currency: "eur",
                    items: [Item(priceKey: "seats.quarterly", quantity: 5)]),
                // Listed but not in MRR: a trial.
                .init(
                    id: "sub_b_trial", customer: "cus_b", status: "trialing", currency: "usd",
                    items: [Item(priceKey: "seats.monthly", quantity: 10)]),
                // Not listed: canceled, and a price the config does not manage.
                .init(
                    id: "sub_b_old", customer: "cus_b", status: "canceled", currency: "usd",
                    items: [Item(priceKey: "seats.monthly", quantity: 10)]),
                .init(
                    id: "sub_x_foreign", customer: "cus_x", status: "active", currency: "usd",
                    items: [Item(priceKey: nil, quantity: 4)]),
                // Without company: 1 × 12.50.
                .init(
                    id: "sub_x", customer: "cus_x", status: "active", currency: "usd",
                    items: [Item(priceKey: "seats.monthly", quantity: 1)]),
            ],
            invoices: [
                .init(
                    id: "in_1", customer: "cus_a1", status: "paid", currency: "usd", total: 23_750,
                    amountRemaining: 0, created: november?.start ?? 0),
                .init(
                    id: "in_2", customer: "cus_a2", status: "open", currency: "usd", total: 1_250,
                    amountRemaining: 1250, created: (november?.end ?? 0) - 1),
                // Outside the month, a draft and a void invoice: none counts.
                .init(
                    id: "in_3", customer: "cus_a1", status: "paid", currency: "usd", total: 999,
                    amountRemaining: 0, created: november?.end ?? 0),
                .init(
                    id: "in_4", customer: "cus_b", status: "draft", currency: "eur", total: 5_000,
                    amountRemaining: 5000, created: november?.start ?? 0),
                .init(
                    id: "in_5", customer: "cus_b", status: "void", currency: "eur", total: 5_000,
                    amountRemaining: 5000, created: november?.start ?? 0),
                // A customer missing from the customer list is grouped without a company.
                .init(
                    id: "in_6", customer: "cus_gone", status: "uncollectible", currency: "usd",
                    total: 700,
                    amountRemaining: 700, created: november?.start ?? 0),
            ])
    }

    @Test func periodIsTheUTCMonth() throws {
        let period = try #require(Self.november)
        #expect(period.start == 1_793_491_200)  // 2026-11-01T00:00:00Z
        #expect(period.end - period.start == 30 * 86_400)
        #expect(
            RevenuePeriod("2026-13") == nil && RevenuePeriod("26-11") == nil && RevenuePeriod("2026-1") == nil
        )
    }

    @Test func companiesAndMRRPerCurrency() throws {
        let report = RevenueReport(
            Self.input(), prices: try Self.prices(), period: try #require(Self.november))
        #expect(report.companies.map(\.company) == ["acme", "globex"])
        let acme = report.companies[0]
        #expect(acme.customers == ["cus_a1", "cus_a2"])
        #expect(acme.subscriptions == ["sub_a1", "sub_a2"])
        // 37.50 + 200.00 + 12.50
        #expect(acme.amounts["usd"]?.mrr == 25_000)
        let globex = report.companies[1]
        #expect(globex.subscriptions == ["sub_b", "sub_b_trial"])
        #expect(globex.amounts["eur"]?.mrr == 5_000)
        #expect(globex.amounts["usd"]?.mrr == 0, "a trial is listed, not counted")
    }

    @Test func invoicesInTheMonthOnly() throws {
        let report = RevenueReport(
            Self.input(), prices: try Self.prices(), period: try #require(Self.november))
        let acme = report.companies[0]
        #expect(acme.amounts["usd"]?.invoiced == 25_000 && acme.amounts["usd"]?.paid == 23_750)
        #expect(report.companies[1].amounts["eur"]?.invoiced == 0)
        #expect(report.withoutCompany.customers == ["cus_x", "cus_gone"])
        #expect(report.withoutCompany.subscriptions == ["sub_x"])
        #expect(report.withoutCompany.amounts["usd"] == RevenueAmounts(mrr: 1_250, invoiced: 700, paid: 0))
        // usd: MRR 250.00 + 12.50; invoiced 250.00 + 7.00; paid 237.50.
        #expect(report.totals["usd"] == RevenueAmounts(mrr: 26_250, invoiced: 25_700, paid: 23_750))
        #expect(report.totals["eur"] == RevenueAmounts(mrr: 5_000, invoiced: 0, paid: 0))
    }

    @Test func formatsShowMoneyAndTheVersionedDocument() throws {
        let report = RevenueReport(
            Self.input(), prices: try Self.prices(), period: try #require(Self.november))
        let text = try RevenueFormat.text.render(report)
        #expect(text.contains("250.00 USD") && text.contains("50.00 EUR") && text.contains("(no company)"))
        let json = try RevenueFormat.json.render(report)
        #expect(
            json.contains("\"kind\" : \"revenue\"") && json.contains("\"format_version\" : \"2\"")
                && json.contains("\"usage_source\" : \"none\""))
        let csv = try RevenueFormat.csv.render(report).split(separator: "\n")
        let header =
            "kind,company,currency,customers,subscriptions,mrr,usage,credits,invoiced,paid,meter,price,"
            + "quantity,period_start,period_end"
        #expect(csv.first.map(String.init) == header)
        #expect(
            csv.contains("company,acme,usd,cus_a1 cus_a2,sub_a1 sub_a2,250.00,0.00,0.00,250.00,237.50,,,,,"))
        #expect(csv.contains("total,(total),usd,,,262.50,0.00,0.00,257.00,237.50,,,,,"))
        #expect(csv.last == "usage_source,none,,,,,,,,,,,,,")
        #expect(Money.format(minor: 123_456_789, currency: "usd") == "1,234,567.89 USD")
        #expect(Money.format(minor: 1_500, currency: "jpy") == "1,500 JPY")
    }
}
