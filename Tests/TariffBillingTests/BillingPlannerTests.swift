import Foundation
import TariffBilling
import TariffConfig
import Testing

/// Pay as you go thresholds and prepaid credits planned from a config and live state, pure.
@Suite struct BillingPlannerTests {
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
          api:
            name: API
            payg: { threshold: 50000, reset_billing_cycle_anchor: true }
            prices:
              calls: { currency: usd, interval: month, meter: calls, per_unit: "0.5" }
          pack:
            name: Credit pack
            prices:
              pack:
                currency: usd
                interval: month
                flat: 15000
                grants:
                  amount: 15000
                  applies_to: [products.api.prices.calls]
                  priority: 10
                  expires_after: 10d
              balance:
                currency: usd
                flat: 500
                grants: { amount: 700, mechanism: customer_balance }
        """

    static func config() throws -> Config {
        let loaded = ConfigLoader.load(inputs: [
            ConfigSourceFile(path: "billing.yaml", bytes: Array(yaml.utf8))
        ])
        #expect(!loaded.diagnostics.hasErrors)
        return try #require(loaded.config)
    }

    static func subscription(
        _ id: String, prices: [String], threshold: SpendingThreshold? = nil, owner: String? = nil,
        status: String = "active"
    ) -> PaygSubscription {
        PaygSubscription(
            id: id, customer: "cus_\(id)", status: status, managedPriceKeys: prices, threshold: threshold,
            owner: owner)
    }

    @Test func setsChangesAndRemovesOnlyWhatTheConfigAsksFor() throws {
        let wanted = SpendingThreshold(amountGTE: 50000, resetBillingCycleAnchor: true)
        let other = SpendingThreshold(amountGTE: 1000, resetBillingCycleAnchor: false)
        let changes = PaygPlanner.plan(
            products: try Self.config().products,
            subscriptions: [
                Self.subscription("sub_a", prices: ["api.calls"]),
                Self.subscription("sub_b", prices: ["api.calls"], threshold: other),
                Self.subscription("sub_c", prices: ["api.calls"], threshold: wanted, owner: "api"),
                Self.subscription("sub_d", prices: ["pack.pack"], threshold: other, owner: "gone"),
                Self.subscription("sub_e", prices: ["pack.pack"], threshold: other),
                Self.subscription("sub_f", prices: ["api.calls"], status: "canceled"),
                Self.subscription("sub_g", prices: []),
            ])
        #expect(changes.map(\.subscription) == ["sub_a", "sub_b", "sub_d"])
        #expect(changes.map(\.action) == [.set, .change, .remove])
        #expect(changes[0].wanted == wanted && changes[0].current == nil)
        #expect(changes[0].address == "products.api")
        #expect(changes[0].location == "billing.yaml:13:11")
        #expect(changes[1].current == other)
        #expect(changes[2].wanted == nil && changes[2].address == "products.gone")
    }

    @Test func aThresholdEqualButUnmarkedIsTakenOver() throws {
        let wanted = SpendingThreshold(amountGTE: 50000, resetBillingCycleAnchor: true)
        let changes = PaygPlanner.plan(
            products: try Self.config().products,
            subscriptions: [Self.subscription("sub_a", prices: ["api.calls"], threshold: wanted)])
        #expect(changes.map(\.action) == [.change])
    }

    @Test func oneCreditPerUncreditedPaidLine() throws {
        let lines = [
            PaidInvoiceLine(
                invoice: "in_1", line: "il_1", customer: "cus_1", priceKey: "pack.pack", currency: "usd",
                quantity: 2, paidAt: 1_000),
            PaidInvoiceLine(
                invoice: "in_1", line: "il_2", customer: "cus_1", priceKey: "api.calls", currency: "usd",
                quantity: 9, paidAt: 1_000),
            PaidInvoiceLine(
                invoice: "in_2", line: "il_3", customer: "cus_2", priceKey: "pack.pack", currency: "usd",
                quantity: 1, paidAt: 2_000),
            PaidInvoiceLine(
                invoice: "in_3", line: "il_4", customer: "cus_3", priceKey: "pack.balance", currency: "usd",
                quantity: 3, paidAt: 3_000),
            PaidInvoiceLine(
                invoice: "in_4", line: "il_5", customer: "cus_4", priceKey: nil, currency: "usd", quantity: 1,
                paidAt: 3_000),
        ]
        let (credits, problems) = CreditPlanner.plan(
            products: try Self.config().products, lines: lines, credited: ["il_3"],
            priceIDs: ["api.calls": "price_calls"], now: 5_000)
        #expect(problems.isEmpty)
        #expect(credits.map(\.invoiceLine) == ["il_1", "il_4"])
        let grant = try #require(credits.first)
        #expect(grant.mechanism == .creditGrant && grant.amount == 30000 && grant.currency == "usd")
        #expect(grant.prices == ["price_calls"] && grant.priority == 10 && grant.category == "paid")
        #expect(grant.expiresAt == 1_000 + 10 * 86_400)
        #expect(grant.idempotencyKey == "tariff-credit-il_1")
        #expect(grant.address == "products.pack.prices.pack")
        let balance = try #require(credits.last)
        #expect(balance.mechanism == .customerBalance && balance.amount == 2100)
    }

    @Test func aPriceListNotInStripeYetIsAProblemNotACredit() throws {
        let line = PaidInvoiceLine(
            invoice: "in_1", line: "il_1", customer: "cus_1", priceKey: "pack.pack", currency: "usd",
            quantity: 1, paidAt: 0)
        let (credits, problems) = CreditPlanner.plan(
            products: try Self.config().products, lines: [line], credited: [], priceIDs: [:], now: 0)
        #expect(credits.isEmpty)
        #expect(problems.count == 1 && problems[0].message.contains("api.calls"))
    }

    @Test func aCreditThatWouldHaveExpiredIsAProblemNotACredit() throws {
        let line = PaidInvoiceLine(
            invoice: "in_1", line: "il_1", customer: "cus_1", priceKey: "pack.pack", currency: "usd",
            quantity: 1, paidAt: 1_000)
        let config = try Self.config()
        let ids = ["api.calls": "price_calls"]
        let expiry = 1_000 + 10 * 86_400
        let late = CreditPlanner.plan(
            products: config.products, lines: [line], credited: [], priceIDs: ids, now: expiry)
        #expect(late.credits.isEmpty && late.problems.first?.message.contains("expired") == true)
        let inTime = CreditPlanner.plan(
            products: config.products, lines: [line], credited: [], priceIDs: ids, now: expiry - 1)
        #expect(inTime.credits.count == 1 && inTime.problems.isEmpty)
    }

    @Test func theJSONDocumentIsVersionedAndRoundTrips() throws {
        let plan = BillingPlan(
            thresholds: [
                ThresholdChange(
                    action: .set, address: "products.api", location: "billing.yaml:13:11",
                    subscription: "sub_a",
                    customer: "cus_a", current: nil,
                    wanted: SpendingThreshold(amountGTE: 5, resetBillingCycleAnchor: false))
            ])
        let json = try BillingPlanFormat.json.render(plan)
        #expect(json.contains("\"kind\" : \"billing_plan\"") && json.contains("\"version\" : 2"))
        #expect(json.contains("\"amount_gte\" : 5"))
        #expect(try JSONDecoder().decode(BillingPlan.self, from: Data(json.utf8)) == plan)
        let text = try BillingPlanFormat.text.render(plan)
        #expect(
            text.contains("sub_a") && text.contains("none -> amount_gte 5")
                && text.contains("billing.yaml:13:11"))
        #expect(try BillingPlanFormat.text.render(BillingPlan()).hasPrefix("No changes."))
    }
}
