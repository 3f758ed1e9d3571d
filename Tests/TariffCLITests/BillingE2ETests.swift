import Foundation
import TariffStripe
import Testing

/// `tariff billing plan|apply` against `tariff emulator` over loopback: pay as you go thresholds
/// and prepaid credits converge, and re-runs and faults never credit a purchase twice (issue 12).
@Suite("tariff billing plan and apply, end to end", .serialized)
struct BillingE2ETests {
    /// The parts of objects the tests read.
    struct Clock: Decodable, Sendable { var id: String }
    struct Thresholds: Decodable, Sendable, Equatable {
        var amount_gte: Int
        var reset_billing_cycle_anchor: Bool
    }
    struct Subscription: Decodable, Sendable {
        var id: String
        var billing_thresholds: Thresholds?
        var metadata: [String: String]
    }
    struct Grant: StripeIdentifiable {
        var id: String
        var metadata: [String: String]
        var priority: Int?
        var amount: Amount
        var applicability_config: Applicability
        struct Applicability: Decodable, Sendable {
            var scope: Scope
            struct Scope: Decodable, Sendable { var prices: [StripeObjectReference]? }
        }
        struct Amount: Decodable, Sendable {
            var monetary: Monetary
            struct Monetary: Decodable, Sendable { var value: Int }
        }
    }
    struct Invoice: StripeIdentifiable {
        var id: String
        var status: String
    }
    struct BalanceTransaction: StripeIdentifiable {
        var id: String
        var amount: Int
        var metadata: [String: String]
    }

    static func config(payg: String?, grants: Bool = true) -> String {
        """
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
          api:
            name: API
        \(payg.map { "    payg: \($0)" } ?? "")
            prices:
              calls: { currency: usd, interval: month, meter: calls, per_unit: "0.5" }
          pack:
            name: Credit pack
            prices:
              pack:
                currency: usd
                interval: month
                flat: 15000
        \(grants ? "        grants: { amount: 15000, applies_to: [products.api.prices.calls], priority: 10 }" : "")
              topup:
                currency: usd
                interval: month
                flat: 500
        \(grants ? "        grants: { amount: 700, mechanism: customer_balance }" : "")
        """
    }

    /// Applies the catalog, then subscribes two customers to the metered price (one of them
    /// with a threshold set by hand on another subscription) and returns the ids.
    static func subscribe(_ emulator: ApplyEmulatorProcess, prices lookupKeys: [String]) async throws
        -> String
    {
        let client = emulator.client
        let prices = try await client.listAllPrices()
        let customer = try await client.createCustomer(CustomerCreateParams(name: "Acme"))
        let items = try lookupKeys.map { key in
            SubscriptionItemParams(price: try #require(prices.first { $0.metadata["tariff_key"] == key }).id)
        }
        return try await client.createSubscription(
            SubscriptionCreateParams(customer: customer.id, items: items)
        ).id
    }

    @Test func paygThresholdsConvergeAndOnlyTariffsAreRemoved() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let path = try emulator.writeConfig(Self.config(payg: "{ threshold: 50000 }", grants: false))
            let out = emulator.directory.appendingPathComponent("billing-plan.json").path
            let catalog = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
            let onAPI = try await Self.subscribe(emulator, prices: ["api.calls"])
            let onPack = try await Self.subscribe(emulator, prices: ["pack.pack"])
            // A threshold someone set by hand on a subscription outside any payg policy.
            let _: Subscription = try await emulator.client.post(
                "/v1/subscriptions/\(onPack)",
                form: StripeForm([
                    StripeFormField(
                        "billing_thresholds", .object([StripeFormField("amount_gte", .integer(777))]))
                ]))

            let plan = try await emulator.tariff([
                "billing", "plan", "--detailed-exitcode", "--format", "json", "--out", out, path,
            ])
            #expect(plan.status == 2, "\(plan.stdout)\(plan.stderr)")
            #expect(plan.stdout.contains("\"kind\" : \"billing_plan\"") && plan.stdout.contains(onAPI))
            #expect(!plan.stdout.contains(onPack))
            #expect(plan.stdout.contains("tariff.yaml:13:"), "the address points at the product's payg:")
            let document = try String(contentsOfFile: out, encoding: .utf8)
            #expect(document == plan.stdout, "--out holds the same JSON document")

            let apply = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
            let live: Subscription = try await emulator.client.get("/v1/subscriptions/\(onAPI)")
            #expect(
                live.billing_thresholds == Thresholds(amount_gte: 50000, reset_billing_cycle_anchor: false))
            #expect(live.metadata["tariff_payg"] == "api")
            let again = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(again.status == 0, "\(again.stdout)\(again.stderr)")

            _ = try emulator.writeConfig(Self.config(payg: nil, grants: false))
            let removal = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(removal.status == 2 && removal.stdout.contains(onAPI) && !removal.stdout.contains(onPack))
            #expect(try await emulator.tariff(["billing", "apply", "--auto-approve", path]).status == 0)
            let cleared: Subscription = try await emulator.client.get("/v1/subscriptions/\(onAPI)")
            #expect(cleared.billing_thresholds == nil && cleared.metadata["tariff_payg"] == nil)
            let untouched: Subscription = try await emulator.client.get("/v1/subscriptions/\(onPack)")
            #expect(untouched.billing_thresholds?.amount_gte == 777)
        }
    }

    /// A prepaid customer's purchases are credited by billing apply through 429s and dropped
    /// responses, twice.
    @Test func eachPaidPurchaseGetsExactlyOneCreditThroughFaultsAndReruns() async throws {
        try await ApplyEmulatorProcess.with(["--fault", "429-every=3", "--fault", "drop-every=4"]) {
            emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(Self.config(payg: nil))
            let (customer, calls) = try await Self.prepaidCustomer(emulator, path: path)

            let plan = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(plan.status == 2, "\(plan.stdout)\(plan.stderr)")
            #expect(
                plan.stdout.contains("credit grant 30000 usd")
                    && plan.stdout.contains("customer balance credit 2100"))
            #expect(plan.stdout.contains("products.pack.prices.pack") && plan.stdout.contains("tariff.yaml:"))

            for _ in 0..<2 {
                let apply = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
                #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
            }
            var byCustomer = StripeForm()
            byCustomer.append("customer", .string(customer))
            let grants = try await client.listAll(
                "/v1/billing/credit_grants", query: byCustomer, as: Grant.self)
            #expect(grants.count == 1)
            #expect(grants.first?.amount.monetary.value == 30000 && grants.first?.priority == 10)
            let line = try #require(grants.first?.metadata["tariff_invoice_line"])
            #expect(line.hasPrefix("il_"))
            #expect(grants.first?.applicability_config.scope.prices?.map(\.id) == [calls])
            let transactions = try await client.listAll(
                "/v1/customers/\(customer)/balance_transactions", as: BalanceTransaction.self)
            let credits = transactions.filter { $0.metadata["tariff_invoice_line"] != nil }
            #expect(credits.count == 1 && credits.first?.amount == -2100)
            #expect(credits.first?.metadata["tariff_invoice_line"] != line)
            let again = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        }
    }

    /// Applies the catalog, then a customer on a test clock with a funded balance buys 2 packs
    /// and 3 top-ups, paid from the balance at the first renewal. Returns the customer and the
    /// metered price's id.
    static func prepaidCustomer(
        _ emulator: ApplyEmulatorProcess, path: String, applyCatalog: Bool = true
    ) async throws -> (String, String) {
        let client = emulator.client
        if applyCatalog {
            let catalog = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(catalog.status == 0, "\(catalog.stdout)\(catalog.stderr)")
        }
        let prices = try await client.listAllPrices()
        let pack = try #require(prices.first { $0.metadata["tariff_key"] == "pack.pack" })
        let topup = try #require(prices.first { $0.metadata["tariff_key"] == "pack.topup" })
        let calls = try #require(prices.first { $0.metadata["tariff_key"] == "api.calls" })

        let start = Int(Date().timeIntervalSince1970) / 3600 * 3600
        let clock: Clock = try await client.post(
            "/v1/test_helpers/test_clocks",
            form: StripeForm([StripeFormField("frozen_time", .integer(start))]))
        let customer: StripeCustomer = try await client.post(
            "/v1/customers",
            form: StripeForm([
                StripeFormField("name", .string("Prepaid Co")),
                StripeFormField("test_clock", .string(clock.id)),
            ]))
        let funding: StripeObjectReference = try await client.post(
            "/v1/customers/\(customer.id)/balance_transactions",
            form: StripeForm([
                StripeFormField("amount", .integer(-100_000)),
                StripeFormField("currency", .string("usd")),
            ]))
        #expect(funding.id.hasPrefix("cbtxn_"))
        let subscription = try await client.createSubscription(
            SubscriptionCreateParams(
                customer: customer.id,
                items: [
                    SubscriptionItemParams(price: pack.id, quantity: 2),
                    SubscriptionItemParams(price: topup.id, quantity: 3),
                ]))
        let periodEnd = try #require(subscription.items.data.compactMap(\.currentPeriodEnd).max())
        let _: Clock = try await client.post(
            "/v1/test_helpers/test_clocks/\(clock.id)/advance",
            form: StripeForm([StripeFormField("frozen_time", .integer(periodEnd + 7200))]))
        var paid = StripeForm()
        paid.append("status", .string("paid"))
        paid.append("customer", .string(customer.id))
        let invoices = try await client.listAll("/v1/invoices", query: paid, as: Invoice.self)
        #expect(invoices.count == 1, "the renewal is paid from the customer balance")

        return (customer.id, calls.id)
    }
}

extension BillingE2ETests {
    /// The credits given to `customer`: its grants and its balance transactions marked with an
    /// invoice line.
    static func credits(_ emulator: ApplyEmulatorProcess, customer: String) async throws -> (
        grants: [Grant], balance: [BalanceTransaction]
    ) {
        var byCustomer = StripeForm()
        byCustomer.append("customer", .string(customer))
        let grants = try await emulator.client.listAll(
            "/v1/billing/credit_grants", query: byCustomer, as: Grant.self)
        let transactions = try await emulator.client.listAll(
            "/v1/customers/\(customer)/balance_transactions", as: BalanceTransaction.self)
        return (grants, transactions.filter { $0.metadata["tariff_invoice_line"] != nil })
    }

    /// billing apply over four customers' purchases (eight credits), killed (SIGKILL) as soon
    /// as its first credit grant exists, then run again: each purchase has exactly one credit.
    @Test func aCrashedApplyRerunGivesNoSecondCredit() async throws {
        try await ApplyEmulatorProcess.with(["--fault", "latency-ms=40"]) { emulator in
            let path = try emulator.writeConfig(Self.config(payg: nil))
            var customers: [String] = []
            for index in 0..<4 {
                customers.append(
                    try await Self.prepaidCustomer(emulator, path: path, applyCatalog: index == 0).0)
            }
            let run = try TariffRun(
                ["billing", "apply", "--auto-approve", path], environment: emulator.environment)
            var killedMidway = false
            for _ in 0..<2000 where run.process.isRunning {
                // The emulator lists every grant without a customer (a test-only read).
                let grants = try await emulator.client.get(
                    "/v1/billing/credit_grants", as: StripeList<StripeObjectReference>.self)
                if !grants.data.isEmpty {
                    run.kill()
                    killedMidway = grants.data.count < customers.count
                    break
                }
            }
            _ = try await run.wait()
            #expect(killedMidway, "the kill landed after the first grant and before the last")

            let rerun = try await emulator.tariff(["billing", "apply", "--auto-approve", path])
            #expect(rerun.status == 0, "\(rerun.stdout)\(rerun.stderr)")
            for customer in customers {
                let after = try await Self.credits(emulator, customer: customer)
                #expect(after.grants.count == 1 && after.balance.count == 1, "customer \(customer)")
            }
            let plan = try await emulator.tariff(["billing", "plan", "--detailed-exitcode", path])
            #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
        }
    }
}
