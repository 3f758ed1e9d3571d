import Foundation
import TariffStripe
import Testing

/// `tariff revenue` against `tariff emulator` over loopback: two companies (one of two
/// customers) and a customer without a company, on known subscriptions; the renewal invoice of
/// a test-clock customer is counted in its month (issue 12 item 4).
@Suite("tariff revenue, end to end", .serialized)
struct RevenueE2ETests {
    static let config = """
        version: 1
        stripe:
          api_key: env:STRIPE_API_KEY
          mode: test
        id_mapping:
          company_id: customer.metadata.company_id
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

    /// The config's lines before `meters:` (test mode, company ids from
    /// `customer.metadata.company_id`), for suites that declare their own meters and prices.
    static var header: String { config.components(separatedBy: "meters:").first ?? "" }

    /// The JSON document's parts the test reads.
    struct Document: Decodable {
        struct Amounts: Decodable, Equatable {
            var currency: String
            var mrr: Int
            var invoiced: Int
            var paid: Int
        }
        struct Company: Decodable {
            var company: String?
            var customers: [String]
            var subscriptions: [String]
            var amounts: [Amounts]
        }
        struct Period: Decodable { var month: String }
        var kind: String
        var format_version: String
        var period: Period
        var companies: [Company]
        var without_company: Company
        var totals: [Amounts]
        var not_shown: [String]
    }
    struct Clock: Decodable, Sendable { var id: String }
    struct Invoice: StripeIdentifiable {
        var id: String
        var status: String
        var created: Int
        var total: Int
    }

    /// A customer with `company_id` metadata (none when nil), on `clock` when given.
    static func customer(_ client: StripeClient, company: String?, clock: String? = nil) async throws
        -> String
    {
        var fields = [StripeFormField("name", .string(company ?? "No company"))]
        if let company {
            fields.append(
                StripeFormField("metadata", .object([StripeFormField("company_id", .string(company))])))
        }
        if let clock { fields.append(StripeFormField("test_clock", .string(clock))) }
        let customer: StripeCustomer = try await client.post("/v1/customers", form: StripeForm(fields))
        return customer.id
    }

    @Test func mrrAndInvoicesPerCompany() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(Self.config)
            let catalog = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
            let prices = try await client.listAllPrices()
            func price(_ key: String) throws -> String {
                try #require(prices.first { $0.metadata["tariff_key"] == key }).id
            }
            func subscribe(_ customer: String, _ items: [(String, Int?)]) async throws -> String {
                try await client.createSubscription(
                    SubscriptionCreateParams(
                        customer: customer,
                        items: try items.map {
                            SubscriptionItemParams(price: try price($0.0), quantity: $0.1)
                        })
                ).id
            }

            let start = Int(Date().timeIntervalSince1970) / 3600 * 3600
            let clock: Clock = try await client.post(
                "/v1/test_helpers/test_clocks",
                form: StripeForm([StripeFormField("frozen_time", .integer(start))]))
            let acme1 = try await Self.customer(client, company: "acme", clock: clock.id)
            let acme2 = try await Self.customer(client, company: "acme")
            let globex = try await Self.customer(client, company: "globex")
            let loner = try await Self.customer(client, company: nil)
            // acme: 2 × 12.50 a month + 3 × 1,200.00 a year (300.00 a month) = 325.00 USD.
            let acmeMonthly = try await subscribe(acme1, [("seats.monthly", 2)])
            let acmeYearly = try await subscribe(acme2, [("seats.yearly", 3)])
            // globex: 5 × 30.00 every 3 months = 50.00 EUR a month; the metered one adds nothing.
            let globexQuarterly = try await subscribe(globex, [("seats.quarterly", 5)])
            let globexCalls = try await subscribe(globex, [("seats.calls", nil)])
            // Without a company: 12.50 USD.
            let lonerMonthly = try await subscribe(loner, [("seats.monthly", 1)])

            // acme1's renewal: one invoice of 25.00 USD, open (no payment method, no balance).
            let subscription = try await client.get(
                "/v1/subscriptions/\(acmeMonthly)", as: StripeSubscription.self)
            let periodEnd = try #require(subscription.items.data.compactMap(\.currentPeriodEnd).max())
            let _: Clock = try await client.post(
                "/v1/test_helpers/test_clocks/\(clock.id)/advance",
                form: StripeForm([StripeFormField("frozen_time", .integer(periodEnd + 7200))]))
            var byCustomer = StripeForm()
            byCustomer.append("customer", .string(acme1))
            let invoices = try await client.listAll("/v1/invoices", query: byCustomer, as: Invoice.self)
            let renewal = try #require(invoices.first)
            #expect(invoices.count == 1 && renewal.total == 2_500, "\(invoices)")
            // The emulator's created filter, which revenue lists invoices with.
            for (bounds, count) in [
                (["gte": renewal.created], 1), (["lt": renewal.created], 0), (["gt": renewal.created], 0),
            ] {
                var range = byCustomer
                range.append("created", .object(bounds.map { StripeFormField($0.key, .integer($0.value)) }))
                let listed = try await client.listAll("/v1/invoices", query: range, as: Invoice.self)
                #expect(listed.count == count, "created \(bounds)")
            }
            var exact = byCustomer
            exact.append("created", .integer(renewal.created))
            #expect(try await client.listAll("/v1/invoices", query: exact, as: Invoice.self).count == 1)
            let formatter = DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM"
            let month = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(renewal.created)))

            let run = try await emulator.tariff([
                "revenue", "--format", "json", "--period", month, "--verbose", path,
            ])
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
            #expect(
                document.kind == "revenue" && document.format_version == "2" && document.period.month == month
            )
            #expect(document.companies.map(\.company) == ["acme", "globex"])
            let acme = try #require(document.companies.first)
            #expect(Set(acme.customers) == [acme1, acme2])
            #expect(Set(acme.subscriptions) == [acmeMonthly, acmeYearly])
            // Open: nothing settled yet (RevenueReportTests covers paid and balance-settled ones).
            #expect(renewal.status == "open")
            let settled = 0
            #expect(
                acme.amounts == [
                    Document.Amounts(currency: "usd", mrr: 32_500, invoiced: 2_500, paid: settled)
                ])
            let globexRow = try #require(document.companies.last)
            #expect(Set(globexRow.subscriptions) == [globexQuarterly, globexCalls])
            #expect(
                globexRow.amounts == [
                    Document.Amounts(currency: "eur", mrr: 5_000, invoiced: 0, paid: 0),
                    // The metered subscription is in usd: a usd row with no MRR.
                    Document.Amounts(currency: "usd", mrr: 0, invoiced: 0, paid: 0),
                ])
            #expect(document.without_company.company == nil && document.without_company.customers == [loner])
            #expect(document.without_company.subscriptions == [lonerMonthly])
            #expect(
                document.totals == [
                    Document.Amounts(currency: "eur", mrr: 5_000, invoiced: 0, paid: 0),
                    Document.Amounts(currency: "usd", mrr: 33_750, invoiced: 2_500, paid: settled),
                ])
            #expect(document.not_shown.isEmpty)
            // customers, subscriptions, invoices and credit grants: one page each; globex's
            // metered item: one event summary (its usage so far, none).
            #expect(run.stderr.contains("revenue: 5 requests (GET 5;"), "\(run.stderr)")

            let text = try await emulator.tariff(["revenue", "--period", month, path])
            #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
            #expect(text.stdout.contains("325.00 USD") && text.stdout.contains("50.00 EUR"))
            #expect(text.stdout.contains("337.50 USD") && text.stdout.contains("(no company)"))
            let csv = try await emulator.tariff(["revenue", "--period", month, "--format", "csv", path])
            #expect(
                csv.stdout.hasPrefix(
                    "kind,company,currency,customers,subscriptions,mrr,usage,credits,invoiced,paid,meter,price,"
                        + "quantity,period_start,period_end\n"))
            #expect(
                csv.stdout.contains("usage,globex,usd,\(globex),\(globexCalls),,0.00,,,,calls,seats.calls,0,")
            )

            let bad = try await emulator.tariff(["revenue", "--period", "2026-13", path])
            #expect(bad.status == 1 && bad.stderr.contains("expected a month as YYYY-MM"), "\(bad.stderr)")
        }
    }

    /// A billing credit grant of `cents` USD on metered prices for `customer`.
    static func grant(_ client: StripeClient, _ customer: String, cents: Int) async throws {
        struct Grant: Decodable, Sendable { var id: String }
        let _: Grant = try await client.post(
            "/v1/billing/credit_grants",
            form: StripeForm([
                StripeFormField("customer", .string(customer)),
                StripeFormField(
                    "amount",
                    .object([
                        StripeFormField("type", .string("monetary")),
                        StripeFormField(
                            "monetary",
                            .object([
                                StripeFormField("currency", .string("usd")),
                                StripeFormField("value", .integer(cents)),
                            ])),
                    ])),
                StripeFormField(
                    "applicability_config",
                    .object([
                        StripeFormField("scope", .object([StripeFormField("price_type", .string("metered"))]))
                    ])),
            ]))
    }

    /// 1,000 customers (250 companies of 4) and 3,000 subscriptions, 25 companies holding credits
    /// (one customer each): the report reads list pages — 10 of customers, 30 of subscriptions, 1
    /// of invoices, 1 of credit grants — plus one credit balance summary per customer holding
    /// credits, and MRR and credits add up.
    @Test func aThousandCustomersCostListPagesOnly() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(Self.config)
            let catalog = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
            let monthly = try #require(
                try await client.listAllPrices().first { $0.metadata["tariff_key"] == "seats.monthly" }
            ).id
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<8 {
                    group.addTask {
                        for index in stride(from: worker, to: 1_000, by: 8) {
                            let customer = try await Self.customer(client, company: "co\(index / 4)")
                            // The first customer of every tenth company holds 5.00 USD of credits.
                            if index % 40 == 0 { try await Self.grant(client, customer, cents: 500) }
                            for _ in 0..<3 {
                                _ = try await client.createSubscription(
                                    SubscriptionCreateParams(
                                        customer: customer,
                                        items: [SubscriptionItemParams(price: monthly, quantity: 1)]))
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let run = try await emulator.tariff(["revenue", "--format", "json", "--verbose", path])
            #expect(run.status == 0, "\(run.stderr)")
            // 42 list pages + 25 credit balance summaries: at most one call per company with credits.
            #expect(run.stderr.contains("revenue: 67 requests (GET 67;"), "\(run.stderr)")
            let count = run.stderr.split(separator: "\n").first { $0.hasPrefix("revenue: ") } ?? ""
            print("tariff revenue over 1,000 customers, 3,000 subscriptions, 25 with credits: \(count)")
            let document = try JSONDecoder().decode(Document.self, from: Data(run.stdout.utf8))
            #expect(document.companies.count == 250)
            #expect(document.companies.allSatisfy { $0.customers.count == 4 && $0.subscriptions.count == 12 })
            // 3,000 × 12.50 USD
            #expect(
                document.totals == [Document.Amounts(currency: "usd", mrr: 3_750_000, invoiced: 0, paid: 0)])
            struct Credits: Decodable {
                struct Amounts: Decodable { var credits: Int }
                struct Company: Decodable { var amounts: [Amounts] }
                var companies: [Company]
                var totals: [Amounts]
            }
            let credits = try JSONDecoder().decode(Credits.self, from: Data(run.stdout.utf8))
            #expect(credits.totals.map(\.credits) == [12_500])
            #expect(credits.companies.filter { $0.amounts.contains { $0.credits == 500 } }.count == 25)
        }
    }
}
