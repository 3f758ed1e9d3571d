import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// Migrations Stripe would refuse (issue 10): a move to a metered price goes without a quantity,
/// and a move to another currency is stopped at plan time.
@Suite("Migrations Stripe accepts")
struct MigrationRulesTests {
    /// One product whose `seat` price is licensed at 10.00 USD or metered per call.
    static func config(metered: Bool, currency: String = "usd", policy: String) -> String {
        let seat =
            metered
            ? "meter: calls\n        per_unit: \"0.5\"" : "flat: 1000"
        return """
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
              team:
                name: Team
                prices:
                  seat:
                    currency: \(currency)
                    interval: month
                    \(seat)
                    on_change: { subscribers: \(policy), proration: none }
            """
    }

    @Test(arguments: ["migrate_now", "migrate_at_period_end"])
    func aMoveToAMeteredPriceSendsNoQuantity(_ policy: String) async throws {
        let bench = ApplyBench()
        #expect(
            try await bench.apply(ApplyBench.desired(Self.config(metered: false, policy: policy))).succeeded)
        let before: [StripePrice] = try await bench.all("/v1/prices")
        let oldSeat = try #require(before.first { $0.lookupKey == "seat" })
        let start = Int(Date().timeIntervalSince1970) / 3600 * 3600
        let clock: HalfMadeScheduleTests.Clock = try await bench.client.post(
            "/v1/test_helpers/test_clocks",
            form: StripeForm([StripeFormField("frozen_time", .integer(start))]))
        let customer: StripeCustomer = try await bench.client.post(
            "/v1/customers",
            form: StripeForm([
                StripeFormField("name", .string("Acme")), StripeFormField("test_clock", .string(clock.id)),
            ]))
        let subscription = try await bench.client.createSubscription(
            SubscriptionCreateParams(
                customer: customer.id, items: [SubscriptionItemParams(price: oldSeat.id, quantity: 3)]))

        let metered = try ApplyBench.desired(Self.config(metered: true, policy: policy))
        let planned = try await bench.plan(metered)
        let migration = try #require(planned.plan.actions.first { $0.kind == .migrate }?.migration)
        #expect(migration.items.map(\.quantity) == [nil])
        let report = try await bench.apply(metered)
        #expect(report.succeeded, "\(report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
        let newSeat = try #require(
            (try await bench.all("/v1/prices", "active=true") as [StripePrice]).first {
                $0.lookupKey == "seat"
            })
        if policy == "migrate_at_period_end" {
            let live: StripeSubscription = try await bench.client.get("/v1/subscriptions/\(subscription.id)")
            let periodEnd = try #require(live.items.data.compactMap(\.currentPeriodEnd).max())
            let _: HalfMadeScheduleTests.Clock = try await bench.client.post(
                "/v1/test_helpers/test_clocks/\(clock.id)/advance",
                form: StripeForm([StripeFormField("frozen_time", .integer(periodEnd + 3600))]))
        }
        let moved: StripeSubscription = try await bench.client.get("/v1/subscriptions/\(subscription.id)")
        #expect(moved.items.data.map(\.price.id) == [newSeat.id])
        #expect(moved.items.data.first?.quantity == nil)
        #expect(try await bench.plan(metered).plan.actions.isEmpty)
    }

    /// A seat price (monthly or yearly) beside a monthly support price.
    static func twoPrices(seatInterval: String) -> String {
        """
        version: 1
        stripe:
          api_key: env:STRIPE_API_KEY
          mode: test
        products:
          team:
            name: Team
            prices:
              seat:
                currency: usd
                interval: \(seatInterval)
                flat: 1000
                on_change: { subscribers: migrate_now, proration: none }
              support:
                currency: usd
                interval: month
                flat: 500
        """
    }

    @Test(arguments: ["classic", "flexible"])
    func anIntervalChangeIsRefusedAtPlanTimeOnlyForClassicSubscriptions(_ mode: String) async throws {
        let bench = ApplyBench()
        #expect(try await bench.apply(ApplyBench.desired(Self.twoPrices(seatInterval: "month"))).succeeded)
        let prices: [StripePrice] = try await bench.all("/v1/prices")
        let seat = try #require(prices.first { $0.lookupKey == "seat" })
        let support = try #require(prices.first { $0.lookupKey == "support" })
        let customer = try await bench.client.createCustomer(CustomerCreateParams(name: "Acme"))
        let subscription: StripeSubscription = try await bench.client.post(
            "/v1/subscriptions",
            form: StripeForm([
                StripeFormField("customer", .string(customer.id)),
                StripeFormField(
                    "items",
                    .indexed([
                        .object([StripeFormField("price", .string(seat.id))]),
                        .object([StripeFormField("price", .string(support.id))]),
                    ])),
                StripeFormField("billing_mode", .object([StripeFormField("type", .string(mode))])),
            ]))
        #expect(subscription.billingMode?.rawValue == mode)

        let yearly = try ApplyBench.desired(Self.twoPrices(seatInterval: "year"))
        let planned = try await bench.plan(yearly)
        let refusals = planned.plan.diagnostics.filter { $0.code == "plan.migration-interval" }
        if mode == "classic" {
            #expect(refusals.map(\.severity) == [.error])
            #expect(planned.plan.hasErrors)
        } else {
            #expect(refusals.isEmpty)
            let report = try await bench.apply(yearly)
            #expect(report.succeeded, "\(report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
            let moved: StripeSubscription = try await bench.client.get("/v1/subscriptions/\(subscription.id)")
            #expect(moved.items.data.contains { $0.price.lookupKey == "seat" && $0.price.id != seat.id })
        }
    }

    @Test(arguments: ["migrate_now", "migrate_at_period_end"])
    func aMoveToAnotherCurrencyIsAnErrorAtPlanTime(_ policy: String) async throws {
        let bench = ApplyBench()
        #expect(
            try await bench.apply(ApplyBench.desired(Self.config(metered: false, policy: policy))).succeeded)
        let before: [StripePrice] = try await bench.all("/v1/prices")
        let oldSeat = try #require(before.first { $0.lookupKey == "seat" })
        let customer = try await bench.client.createCustomer(CustomerCreateParams(name: "Acme"))
        _ = try await bench.client.createSubscription(
            SubscriptionCreateParams(
                customer: customer.id, items: [SubscriptionItemParams(price: oldSeat.id, quantity: 3)]))
        let euro = try await bench.plan(
            ApplyBench.desired(Self.config(metered: false, currency: "eur", policy: policy)))
        let diagnostic = try #require(euro.plan.diagnostics.first { $0.code == "plan.migration-currency" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("products.team.prices.seat"))
        #expect(euro.plan.hasErrors)
        #expect(!euro.plan.actions.contains { $0.kind == .migrate })
    }
}
