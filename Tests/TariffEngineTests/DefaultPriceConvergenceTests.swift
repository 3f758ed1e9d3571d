import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// A product's default price is unset (`default_price=`) when the YAML drops it and before the
/// plan archives it, since Stripe refuses to archive a default price (issue 10).
@Suite("Default prices converge")
struct DefaultPriceConvergenceTests {
    static let first = ReplacementScenario.config(seat: 1000, perCall: "0.5", policy: "grandfather")

    /// Plans with `prune` and applies that plan.
    static func apply(_ bench: ApplyBench, _ yaml: String, prune: Bool) async throws -> (Plan, ApplyReport) {
        let desired = try ApplyBench.desired(yaml)
        let planner = ApplyPlanner(reader: LiveStateReader(client: bench.client))
        let planned = try await planner.plan(
            desired.0, options: PlanOptions(prune: prune, configDigest: desired.digest))
        let report = await ApplyExecutor(
            plan: planned.plan, client: bench.client, options: ApplyOptions(knownIDs: planned.knownIDs)
        ).run()
        return (planned.plan, report)
    }

    static func failures(_ report: ApplyReport) -> [String] {
        report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" }
    }

    /// The rows of a plan as `kind address field…`.
    static func rows(_ plan: Plan) -> [String] {
        plan.actions.map { action in
            (["\(action.kind) \(action.address)"] + action.changes.map(\.field.path)).joined(separator: " ")
        }
    }

    @Test func defaultPriceRemovedFromTheYAMLIsUnset() async throws {
        let bench = ApplyBench()
        #expect(try await bench.apply(ApplyBench.desired(Self.first)).succeeded)
        let second = Self.first.replacingOccurrences(of: "    default_price: seat\n", with: "")
        let (plan, report) = try await Self.apply(bench, second, prune: false)
        #expect(Self.rows(plan) == ["update products.team default_price"])
        #expect(report.succeeded, "\(Self.failures(report))")
        let product = try await bench.client.retrieveProduct("team")
        #expect(product.defaultPrice == nil)
        #expect(try await bench.plan(ApplyBench.desired(second)).plan.actions.isEmpty)
    }

    @Test func aDefaultPriceMadeInactiveIsUnsetThenArchived() async throws {
        let bench = ApplyBench()
        #expect(try await bench.apply(ApplyBench.desired(Self.first)).succeeded)
        let second = Self.first.replacingOccurrences(
            of: "flat: 1000\n", with: "flat: 1000\n        active: false\n")
        let (plan, report) = try await Self.apply(bench, second, prune: false)
        #expect(
            Self.rows(plan) == [
                "update products.team default_price", "archive products.team.prices.seat active",
            ])
        #expect(report.succeeded, "\(Self.failures(report))")
        let prices: [StripePrice] = try await bench.all("/v1/prices", "active=true")
        #expect(prices.map(\.lookupKey) == ["calls"])
        #expect(try await bench.client.retrieveProduct("team").defaultPrice == nil)
        #expect(try await bench.plan(ApplyBench.desired(second)).plan.actions.isEmpty)
    }

    @Test func pruningAProductUnsetsItsDefaultPriceFirst() async throws {
        let bench = ApplyBench()
        #expect(try await bench.apply(ApplyBench.desired(Self.first)).succeeded)
        let second = """
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
              other:
                name: Other
            """
        let (plan, report) = try await Self.apply(bench, second, prune: true)
        #expect(Self.rows(plan).contains("update products.team default_price"), "\(Self.rows(plan))")
        #expect(report.succeeded, "\(Self.failures(report))")
        let team = try await bench.client.retrieveProduct("team")
        #expect(!team.active && team.defaultPrice == nil)
        let prices: [StripePrice] = try await bench.all("/v1/prices", "active=true")
        #expect(prices.isEmpty)
        let (again, _) = try await Self.apply(bench, second, prune: true)
        #expect(again.actions.isEmpty, "\(Self.rows(again))")
    }
}
