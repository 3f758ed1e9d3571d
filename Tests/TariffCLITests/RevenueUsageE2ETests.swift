import Foundation
import TariffStripe
import Testing

/// `tariff revenue`'s usage so far and credit balances against `tariff emulator` over loopback:
/// Stripe's credit-based pricing example read from Stripe's meter event summaries, the
/// finalized invoice it turns into, and a package price read from the usage store.
@Suite("tariff revenue: usage so far and credits, end to end", .serialized)
struct RevenueUsageE2ETests {
    /// Stripe's "Hypernian" rates (https://docs.stripe.com/billing/subscriptions/usage-based/use-cases/credits-based-pricing-model):
    /// 0.03 USD an input token, 0.05 USD an output token, both metered monthly.
    static let hypernian =
        RevenueE2ETests.header + """
            meters:
              input_tokens:
                display_name: Hypernian input tokens
                event_name: hypernian_input_tokens
                metric: { aggregate: sum, field: tokens }
              output_tokens:
                display_name: Hypernian output tokens
                event_name: hypernian_output_tokens
                metric: { aggregate: sum, field: tokens }
            products:
              hypernian:
                name: Hypernian
                prices:
                  input: { currency: usd, interval: month, meter: input_tokens, per_unit: 3 }
                  output: { currency: usd, interval: month, meter: output_tokens, per_unit: 5 }
            """

    /// The JSON document's parts these tests read.
    struct Document: Decodable {
        struct Amounts: Decodable, Equatable {
            var currency: String
            var mrr: Int
            var usage: Int
            var credits: Int
            var invoiced: Int
            var paid: Int
        }
        struct Usage: Decodable, Equatable {
            var customer: String
            var meter: String
            var price: String
            var quantity: Int
            var charge: Int?
        }
        struct Company: Decodable {
            var company: String?
            var amounts: [Amounts]
            var usage: [Usage]
        }
        var format_version: String
        var usage_source: String
        var companies: [Company]
        var totals: [Amounts]
    }
    struct Clock: Decodable, Sendable { var id: String }
    /// A response whose fields the test does not read.
    struct Ignored: Decodable, Sendable {}
    struct Invoice: StripeIdentifiable {
        var id: String
        var status: String
        var created: Int
        var total: Int
        var amount_due: Int
        var total_pretax_credit_amounts: [Credit]
        struct Credit: Decodable, Sendable { var amount: Int }
    }

    static func month(_ time: Int) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(time)))
    }

    @Test func creditsExampleFromSummariesThenTheInvoice() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(Self.hypernian)
            let catalog = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
            let prices = try await client.listAllPrices()
            let input = try #require(prices.first { $0.metadata["tariff_key"] == "hypernian.input" }).id
            let output = try #require(prices.first { $0.metadata["tariff_key"] == "hypernian.output" }).id
            let start = Int(Date().timeIntervalSince1970) / 3600 * 3600
            let clock: Clock = try await client.post(
                "/v1/test_helpers/test_clocks",
                form: StripeForm([StripeFormField("frozen_time", .integer(start))]))
            let jenny = try await RevenueE2ETests.customer(client, company: "jenny", clock: clock.id)
            let subscription = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: jenny,
                    items: [SubscriptionItemParams(price: input), SubscriptionItemParams(price: output)]))
            // The guide's grant: 10 USD of paid credits on metered prices.
            try await RevenueE2ETests.grant(client, jenny, cents: 1_000)
            // The guide's test usage: 3,000 input tokens.
            let _: Ignored = try await client.post(
                "/v1/billing/meter_events",
                form: StripeForm([
                    StripeFormField("event_name", .string("hypernian_input_tokens")),
                    StripeFormField("timestamp", .integer(start + 60)),
                    StripeFormField(
                        "payload",
                        .object([
                            StripeFormField("stripe_customer_id", .string(jenny)),
                            StripeFormField("value", .string("3000")),
                        ])),
                ]))

            let now = try await emulator.tariff(["revenue", "--format", "json", "--verbose", path])
            #expect(now.status == 0, "\(now.stdout)\(now.stderr)")
            let before = try JSONDecoder().decode(Document.self, from: Data(now.stdout.utf8))
            #expect(before.format_version == "2" && before.usage_source == "event_summaries")
            let company = try #require(before.companies.first)
            // 3,000 × 0.03 USD = 90.00 USD so far; 10.00 USD of credits available.
            #expect(
                company.usage == [
                    .init(
                        customer: jenny, meter: "input_tokens", price: "hypernian.input", quantity: 3_000,
                        charge: 9_000),
                    .init(
                        customer: jenny, meter: "output_tokens", price: "hypernian.output", quantity: 0,
                        charge: 0),
                ])
            #expect(
                company.amounts == [
                    .init(currency: "usd", mrr: 0, usage: 9_000, credits: 1_000, invoiced: 0, paid: 0)
                ])
            // Customers, subscriptions, invoices, credit grants: a page each; one balance summary;
            // one event summary per meter.
            #expect(now.stderr.contains("revenue: 7 requests (GET 7;"), "\(now.stderr)")
            let text = try await emulator.tariff(["revenue", path])
            #expect(text.stdout.contains("from Stripe's meter event summaries"), "\(text.stdout)")
            #expect(text.stdout.contains("90.00 USD") && text.stdout.contains("10.00 USD"))

            // Past the period end and the draft hour: the invoice Stripe would finalize.
            let live = try await client.get(
                "/v1/subscriptions/\(subscription.id)", as: StripeSubscription.self)
            let periodEnd = try #require(live.items.data.compactMap(\.currentPeriodEnd).max())
            let _: Clock = try await client.post(
                "/v1/test_helpers/test_clocks/\(clock.id)/advance",
                form: StripeForm([StripeFormField("frozen_time", .integer(periodEnd + 7200))]))
            var byCustomer = StripeForm()
            byCustomer.append("customer", .string(jenny))
            let invoices = try await client.listAll("/v1/invoices", query: byCustomer, as: Invoice.self)
            let invoice = try #require(invoices.first { $0.total_pretax_credit_amounts.count > 0 })
            #expect(invoice.total_pretax_credit_amounts.map(\.amount) == [1_000])
            #expect(invoice.total == 8_000 && invoice.amount_due == 8_000 && invoice.status == "open")

            let after = try await emulator.tariff(
                ["revenue", "--format", "json", "--period", Self.month(invoice.created), path])
            #expect(after.status == 0, "\(after.stderr)")
            let finalized = try JSONDecoder().decode(Document.self, from: Data(after.stdout.utf8))
            // The new period has no usage yet; the grant is spent; 80.00 USD invoiced.
            #expect(
                finalized.companies.first?.amounts
                    == [.init(currency: "usd", mrr: 0, usage: 0, credits: 0, invoiced: 8_000, paid: 0)])
        }
    }

    /// A package price read from the usage store: Stripe's car rental at 10 USD per started hour
    /// (https://docs.stripe.com/billing/subscriptions/usage-based/transform-quantities), a `sum`
    /// meter of rental minutes ingested with `tariff usage ingest`: 150 minutes in the period are
    /// 3 hours, 30.00 USD.
    @Test func usageFromTheStore() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let store = emulator.directory.appendingPathComponent("usage.db").path
            let config =
                RevenueE2ETests.header + """
                    usage:
                      events:
                        fields: { time: ts, company: company }
                      store: \(store)
                      window: hour
                    meters:
                      minutes:
                        display_name: Rental minutes
                        event_name: rental_minutes
                        metric: { aggregate: sum, field: minutes }
                    products:
                      rental:
                        name: Car rental
                        prices:
                          hourly: { currency: usd, interval: month, meter: minutes, package: { size: 60, amount: 1000, round: up } }
                    """
            let path = try emulator.writeConfig(config)
            let catalog = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
            let hourly = try #require(
                try await client.listAllPrices().first { $0.metadata["tariff_key"] == "rental.hourly" }
            ).id
            // An hour back, so every event is in the past (ingest refuses future times).
            let start = Int(Date().timeIntervalSince1970) / 3600 * 3600 - 3600
            let clock: Clock = try await client.post(
                "/v1/test_helpers/test_clocks",
                form: StripeForm([StripeFormField("frozen_time", .integer(start))]))
            let renter = try await RevenueE2ETests.customer(client, company: "renter", clock: clock.id)
            _ = try await client.createSubscription(
                SubscriptionCreateParams(customer: renter, items: [SubscriptionItemParams(price: hourly)]))
            // 150 minutes in the period, 45 an hour before it (not counted), 30 of another company.
            var lines = [100, 50].enumerated().map {
                #"{"ts": \#(start + 60 + $0.offset * 600), "company": "renter", "minutes": \#($0.element)}"#
            }
            lines.append(#"{"ts": \#(start - 3_600), "company": "renter", "minutes": 45}"#)
            lines.append(#"{"ts": \#(start + 60), "company": "other", "minutes": 30}"#)
            let events = emulator.directory.appendingPathComponent("events.ndjson")
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: events)
            let ingest = try await emulator.tariff(["usage", "ingest", "--config", path, events.path])
            #expect(ingest.status == 0, "\(ingest.stdout)\(ingest.stderr)")

            let run = try await emulator.tariff(["revenue", "--format", "json", "--verbose", path])
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
            #expect(document.usage_source == "store")
            let company = try #require(document.companies.first)
            #expect(
                company.usage == [
                    .init(
                        customer: renter, meter: "minutes", price: "rental.hourly", quantity: 150,
                        charge: 3_000)
                ])
            #expect(document.totals.first?.usage == 3_000)
            // List pages only: the store answers the usage.
            #expect(run.stderr.contains("revenue: 4 requests (GET 4;"), "\(run.stderr)")
            let markdown = try await emulator.tariff(["revenue", "--format", "markdown", path])
            #expect(markdown.stdout.contains("from the usage store"), "\(markdown.stdout)")
            #expect(markdown.stdout.contains("| 150 | 30.00 USD |"), "\(markdown.stdout)")
            // A store named on the command line must exist.
            let missing = emulator.directory.appendingPathComponent("missing.db").path
            let refused = try await emulator.tariff(["revenue", "--store", missing, path])
            #expect(refused.status == 1 && refused.stderr.contains("does not exist"), "\(refused.stderr)")
        }
    }
}
