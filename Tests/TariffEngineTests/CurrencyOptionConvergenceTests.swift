import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// Currency options against the emulator (issue 10): an option's `tax_behavior` is planned and
/// applied; removing one of several replaces the price (Stripe can only clear them all, with
/// `currency_options=`); removing all clears them in place. Each step converges.
@Suite("Currency options converge")
struct CurrencyOptionConvergenceTests {
    static func config(_ options: [String]) -> String {
        let block =
            options.isEmpty
            ? "" : "\n        currency_options:\n" + options.map { "          \($0)" }.joined(separator: "\n")
        return """
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
                    interval: month
                    flat: 1000\(block)
            """
    }

    /// The seat price and its options' `tax_behavior` by currency, as Stripe holds them.
    static func seat(_ bench: ApplyBench) async throws -> (id: String, taxes: [String: String]) {
        let prices: [StripePrice] = try await bench.all("/v1/prices", "active=true")
        let seat = try #require(prices.first { $0.lookupKey == "seat" })
        let full: SeatOptions = try await bench.client.get(
            "/v1/prices/\(seat.id)",
            query: StripeForm([StripeFormField("expand", .bracketed([.string("currency_options")]))]))
        return (seat.id, full.currency_options.mapValues { $0.tax_behavior ?? "" })
    }

    /// The part of a price with expanded currency options the test reads.
    struct SeatOptions: Decodable, Sendable {
        struct Option: Decodable, Sendable {
            var tax_behavior: String?
        }

        var currency_options: [String: Option]
    }

    /// Plans `yaml`, checks the plan's actions as `kind address`, applies, and expects an empty plan.
    static func step(_ bench: ApplyBench, _ yaml: String, expect rows: [String]) async throws -> Plan {
        let desired = try ApplyBench.desired(yaml)
        let planned = try await bench.plan(desired)
        #expect(planned.plan.actions.map { "\($0.kind) \($0.address)" } == rows)
        let report = try await bench.apply(desired)
        #expect(report.succeeded, "\(report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
        let again = try await bench.plan(desired).plan
        #expect(again.actions.isEmpty, "\(again.actions.map { "\($0.kind) \($0.address) \($0.changes)" })")
        return planned.plan
    }

    @Test func optionTaxBehaviourAndRemovalConverge() async throws {
        let bench = ApplyBench()
        _ = try await Self.step(
            bench, Self.config(["eur: { flat: 900 }", "gbp: { flat: 800 }"]),
            expect: ["create products.team", "create products.team.prices.seat"])
        let original = try await Self.seat(bench)
        #expect(original.taxes == ["eur": "unspecified", "gbp": "unspecified", "usd": "unspecified"])

        let taxed = try await Self.step(
            bench, Self.config(["eur: { flat: 900, tax_behavior: exclusive }", "gbp: { flat: 800 }"]),
            expect: ["update products.team.prices.seat"])
        #expect(taxed.actions.first?.changes.map(\.field.path) == ["currency_options.eur.tax_behavior"])
        let afterTax = try await Self.seat(bench)
        #expect(afterTax.id == original.id)
        #expect(afterTax.taxes["eur"] == "exclusive" && afterTax.taxes["gbp"] == "unspecified")

        let fewer = try await Self.step(
            bench, Self.config(["eur: { flat: 900, tax_behavior: exclusive }"]),
            expect: ["replace products.team.prices.seat"])
        #expect(fewer.actions.first?.forcingFields == ["currency_options.gbp"])
        let afterRemoval = try await Self.seat(bench)
        #expect(afterRemoval.id != original.id)
        #expect(afterRemoval.taxes == ["eur": "exclusive", "usd": "unspecified"])

        let none = try await Self.step(bench, Self.config([]), expect: ["update products.team.prices.seat"])
        #expect(none.actions.first?.changes.map(\.field.path) == ["currency_options.eur"])
        let cleared = try await Self.seat(bench)
        #expect(cleared.id == afterRemoval.id && cleared.taxes == ["usd": "unspecified"])
    }
}
