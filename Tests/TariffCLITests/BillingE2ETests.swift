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
        struct Amount: Decodable, Sendable {
            var monetary: Monetary
            struct Monetary: Decodable, Sendable { var value: Int }
        }
    }
    struct Invoice: StripeIdentifiable {
        var id: String
        var status: String
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
                "billing", "plan", "--detailed-exitcode", "--format", "json", path,
            ])
            #expect(plan.status == 2, "\(plan.stdout)\(plan.stderr)")
            #expect(plan.stdout.contains("\"kind\" : \"billing_plan\"") && plan.stdout.contains(onAPI))
            #expect(!plan.stdout.contains(onPack))
            #expect(plan.stdout.contains("tariff.yaml:13:"), "the address points at the product's payg:")

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
}
