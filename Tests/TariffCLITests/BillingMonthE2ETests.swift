import Foundation
import TariffStripe
import TariffTestSupport
import Testing

/// A billing month end to end on `tariff emulator` (issue 12, "A month, end to end"): three
/// companies on one test clock — postpaid on a metered price, prepaid with a credit pack, pay as
/// you go with a spending threshold — whose API usage is ingested and reported with
/// `tariff usage apply`, credited and thresholded by `tariff billing apply` (killed once, under
/// faults, and re-run), invoiced by advancing the clock past the period end, and then read back
/// with `tariff revenue`.
@Suite("a billing month, end to end", .serialized)
struct BillingMonthE2ETests {
    /// Calls cost 2 cents each everywhere, so every amount below is twice a count of calls.
    static func config(store: String) -> String {
        """
        version: 1
        stripe:
          api_key: env:STRIPE_API_KEY
          mode: test
        id_mapping:
          company_id: customer.metadata.company_id
        usage:
          events:
            preset: moesif
            fields: { id: event_id }
          store: \(store)
          window: hour
          settle: 1m
          lookback: 14d
        meters:
          calls:
            display_name: Calls
            event_name: month_calls
            metric: { aggregate: count }
        products:
          api:
            name: API
            prices:
              calls: { nickname: Calls, currency: usd, interval: month, meter: calls, per_unit: "2" }
          metered_payg:
            name: API, pay as you go
            payg: { threshold: 1000 }
            prices:
              payg_calls: { nickname: Calls, currency: usd, interval: month, meter: calls, per_unit: "2" }
          pack:
            name: Credit pack
            prices:
              monthly:
                currency: usd
                interval: month
                flat: 5000
                grants: { amount: 5000, applies_to: [products.api.prices.calls], priority: 10 }
        """
    }

    /// Calls each company makes in the second period.
    static let calls = ["postpaid": 450, "prepaid": 1_800, "payg": 1_300]

    /// The parts of Stripe objects the test reads.
    struct Clock: Decodable, Sendable { var id: String }
    struct Invoice: StripeIdentifiable {
        var id: String
        var customer: String
        var status: String
        var billing_reason: String
        var created: Int
        var total: Int
        var amount_remaining: Int
        var lines: Lines
        struct Lines: Decodable, Sendable { var data: [Line] }
        struct Line: Decodable, Sendable {
            var id: String
            var amount: Int
            var quantity: Int
            var pretax_credit_amounts: [Credit]
            var pricing: Pricing
            struct Credit: Decodable, Sendable { var amount: Int }
            struct Pricing: Decodable, Sendable {
                var price_details: Details
                struct Details: Decodable, Sendable { var price: String }
            }
        }
    }
    struct Grant: StripeIdentifiable {
        var id: String
        var customer: String
        var metadata: [String: String]
    }
    struct Thresholds: Decodable, Sendable { var amount_gte: Int }
    struct Subscription: Decodable, Sendable { var billing_thresholds: Thresholds? }
    @Test func aMonthOfThreeBillingModels() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let store = emulator.directory.appendingPathComponent("usage.db").path
            let path = try emulator.writeConfig(Self.config(store: store))
            let catalog = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
            let prices = try await client.listAllPrices()
            func price(_ key: String) throws -> String {
                try #require(prices.first { $0.metadata["tariff_key"] == key }).id
            }

            // The clock starts 40 days back, so that the second period holds the last days of
            // real time, the only days whose meter events Stripe accepts (35 days at most).
            let hour = Int(Date().timeIntervalSince1970) / 3_600 * 3_600
            let clock: Clock = try await client.post(
                "/v1/test_helpers/test_clocks",
                form: StripeForm([StripeFormField("frozen_time", .integer(hour - 40 * 86_400))]))
            var customers: [String: String] = [:]
            for company in Self.calls.keys {
                customers[company] = try await RevenueE2ETests.customer(
                    client, company: company, clock: clock.id)
            }
            let postpaid = try #require(customers["postpaid"])
            let prepaid = try #require(customers["prepaid"])
            let payg = try #require(customers["payg"])
            // The prepaid company pays its packs from a funded balance: the emulator does not
            // collect card payments.
            let _: StripeObjectReference = try await client.post(
                "/v1/customers/\(prepaid)/balance_transactions",
                form: StripeForm([
                    StripeFormField("amount", .integer(-10_000)), StripeFormField("currency", .string("usd")),
                ]))
            let first = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: postpaid, items: [SubscriptionItemParams(price: price("api.calls"))]))
            _ = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: prepaid,
                    items: [
                        SubscriptionItemParams(price: price("pack.monthly"), quantity: 1),
                        SubscriptionItemParams(price: price("api.calls")),
                    ]))
            let paygSubscription = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: payg, items: [SubscriptionItemParams(price: price("metered_payg.payg_calls"))]))

            // Into the second period: the pack renews and is paid from the balance.
            let secondStart = try #require(first.items.data.compactMap(\.currentPeriodEnd).max())
            try await Self.advance(client, clock: clock.id, to: secondStart + 7_200)
            let packInvoices = try await Self.invoices(client, customer: prepaid).filter {
                $0.status == "paid"
            }
            #expect(packInvoices.count == 1, "the pack's renewal is paid")

            // billing apply: killed once it has credited the pack, then under faults, then clean.
            let run = try TariffRun(
                ["billing", "apply", "--auto-approve", path], environment: emulator.environment)
            while run.process.isRunning, try await Self.grants(client).isEmpty {
                try await Task.sleep(for: .milliseconds(2))
            }
            run.kill()
            _ = try await run.wait()
            try await emulator.setFaults("429-every=3,drop-every=4")
            let faulted = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(faulted.status == 0, "\(faulted.stdout)\(faulted.stderr)")
            try await emulator.setFaults("")
            let clean = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
            let credited = try await Self.grants(client)
            #expect(credited.count == 1 && credited.first?.customer == prepaid, "one grant for one pack")
            let thresholded: Subscription = try await client.get("/v1/subscriptions/\(paygSubscription.id)")
            #expect(thresholded.billing_thresholds?.amount_gte == 1000)
            let untouched: Subscription = try await client.get("/v1/subscriptions/\(first.id)")
            #expect(untouched.billing_thresholds == nil, "payg applies to its own product only")

            // The second period's usage, ingested and reported exactly once.
            let events = try Self.writeEvents(
                emulator.directory, from: secondStart + 3_600, to: hour - 3 * 3_600)
            let ingest = try await emulator.tariff(["usage", "ingest", "--config", path, events])
            #expect(ingest.status == 0, "\(ingest.stdout)\(ingest.stderr)")
            let usage = try await emulator.tariff(["usage", "apply", "--auto-approve", path])
            #expect(usage.status == 0, "\(usage.stdout)\(usage.stderr)")
            let settled = try await emulator.tariff(["usage", "plan", "--detailed-exitcode", path])
            #expect(settled.status == 0, "\(settled.stdout)\(settled.stderr)")

            // Past the second period's end: renewals, and the thresholds crossed on the way.
            let renewed = try await client.get("/v1/subscriptions/\(first.id)", as: StripeSubscription.self)
            let thirdStart = try #require(renewed.items.data.compactMap(\.currentPeriodEnd).max())
            try await Self.advance(client, clock: clock.id, to: thirdStart + 7_200)

            let calls = try price("api.calls")
            let paygCalls = try price("metered_payg.payg_calls")
            let postpaidLines = try await Self.invoices(client, customer: postpaid).flatMap(\.lines.data)
            #expect(postpaidLines.filter { $0.quantity > 0 }.map(\.amount) == [900], "450 calls at 2 cents")

            let prepaidInvoices = try await Self.invoices(client, customer: prepaid)
            let usageLine = try #require(
                prepaidInvoices.flatMap(\.lines.data).first {
                    $0.pricing.price_details.price == calls && $0.quantity > 0
                })
            #expect(usageLine.amount == 3_600, "1,800 calls at 2 cents")
            #expect(
                usageLine.pretax_credit_amounts.map(\.amount).reduce(0, +) == 3_600, "paid from the grant")
            let renewal = try #require(prepaidInvoices.first { $0.created == thirdStart })
            #expect(renewal.status == "paid" && renewal.total == 5_000, "the next pack, from the balance")

            let paygInvoices = try await Self.invoices(client, customer: payg)
            let early = paygInvoices.filter { $0.billing_reason == "subscription_threshold" }
            #expect(!early.isEmpty, "the threshold cut an invoice before the period ended")
            #expect(early.allSatisfy { $0.total >= 1_000 && $0.created < thirdStart })
            let paygBilled = paygInvoices.flatMap(\.lines.data).filter {
                $0.pricing.price_details.price == paygCalls
            }
            #expect(
                paygBilled.map(\.amount).reduce(0, +) == 2_600, "1,300 calls at 2 cents over all invoices")

            // A second billing apply credits the new pack only; nothing else is left to do.
            let again = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
            let grants = try await Self.grants(client)
            let packLines = prepaidInvoices.filter { $0.status == "paid" }.flatMap(\.lines.data).filter {
                $0.pricing.price_details.price != calls
            }
            #expect(grants.count == packLines.count && grants.count == 2, "one grant per paid pack")
            #expect(Set(grants.compactMap { $0.metadata["tariff_invoice_line"] }) == Set(packLines.map(\.id)))
            let plan = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")

            try await Self.expectRevenueMatchesInvoices(emulator, path: path, customers: customers)
        }
    }

    /// For every month holding an invoice, `tariff revenue` shows per company the sum of the
    /// emulator's finalized invoices created in it, and what of them was settled.
    static func expectRevenueMatchesInvoices(
        _ emulator: ApplyEmulatorProcess, path: String, customers: [String: String]
    ) async throws {
        var all: [Invoice] = []
        for customer in customers.values { all += try await invoices(emulator.client, customer: customer) }
        let finalized = all.filter { ["open", "paid", "uncollectible"].contains($0.status) }
        #expect(finalized.count >= 7, "three renewals each period, a threshold invoice, the first renewals")
        let months = Set(finalized.map { month(of: $0.created) })
        for month in months.sorted() {
            let result = try await emulator.tariff(["revenue", "--period", month, "--format", "json", path])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            let revenue = try JSONDecoder().decode(
                RevenueE2ETests.Document.self, from: Data(result.stdout.utf8))
            for (company, customer) in customers {
                let invoices = finalized.filter {
                    $0.customer == customer && Self.month(of: $0.created) == month
                }
                let shown = revenue.companies.first { $0.company == company }?.amounts.first {
                    $0.currency == "usd"
                }
                #expect(
                    (shown?.invoiced ?? 0) == invoices.map(\.total).reduce(0, +),
                    "\(month) \(company): invoiced")
                #expect(
                    (shown?.paid ?? 0) == invoices.map { $0.total - $0.amount_remaining }.reduce(0, +),
                    "\(month) \(company): paid")
            }
            let total = revenue.totals.first { $0.currency == "usd" }?.invoiced ?? 0
            #expect(
                total == finalized.filter { Self.month(of: $0.created) == month }.map(\.total).reduce(0, +),
                "\(month): total")
        }
    }

    /// `YYYY-MM` of a Unix time, in UTC.
    static func month(of time: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents(
            [.year, .month], from: Date(timeIntervalSince1970: TimeInterval(time)))
        return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
    }

    /// Writes each company's calls at seeded times in `[from, to)` (Moesif's event shape).
    static func writeEvents(_ directory: URL, from: Int, to: Int) throws -> String {
        var random = SplitMix(seed: 12)
        var lines: [String] = []
        for (company, count) in calls.sorted(by: { $0.key < $1.key }) {
            for index in 0..<count {
                let time = from + Int(random.next() % UInt64(to - from))
                lines.append(
                    #"{"event_id":"\#(company)-\#(index)","company_id":"\#(company)","request":{"time":"\#(UsageScenario.rfc3339(Int64(time)))","verb":"GET","uri":"/v1/search"},"response":{"status":200}}"#
                )
            }
        }
        let path = directory.appendingPathComponent("month-events.ndjson").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func advance(_ client: StripeClient, clock: String, to time: Int) async throws {
        let _: Clock = try await client.post(
            "/v1/test_helpers/test_clocks/\(clock)/advance",
            form: StripeForm([StripeFormField("frozen_time", .integer(time))]))
    }

    /// The customer's invoices, with their lines (at most 10 lines each here).
    static func invoices(_ client: StripeClient, customer: String) async throws -> [Invoice] {
        var query = StripeForm()
        query.append("customer", .string(customer))
        return try await client.listAll("/v1/invoices", query: query, as: Invoice.self)
    }

    /// Every credit grant of the account (the emulator lists them without a customer).
    static func grants(_ client: StripeClient) async throws -> [Grant] {
        try await client.listAll("/v1/billing/credit_grants", as: Grant.self)
    }
}
