import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// A crash in the middle of a price replacement, then a re-run.
@Suite("Apply resumes a replacement")
struct ApplyResumeTests {
    @Test(arguments: ["migrate_now", "migrate_at_period_end", "grandfather"])
    func crashAfterTheNewPriceThenRerun(_ policy: String) async throws {
        let bench = ApplyBench()
        let first = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1000, perCall: "0.5", policy: policy))
        #expect(try await bench.apply(first).succeeded)
        let prices: [StripePrice] = try await bench.all("/v1/prices")
        let oldSeat = try #require(prices.first { $0.lookupKey == "seat" })
        let customer = try await bench.client.createCustomer(CustomerCreateParams(name: "Acme"))
        let subscription = try await bench.client.createSubscription(
            SubscriptionCreateParams(
                customer: customer.id, items: [SubscriptionItemParams(price: oldSeat.id, quantity: 2)]))

        let second = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1500, perCall: "0.5", policy: policy))
        let planned = try await bench.plan(second)
        // One request gets through: the replacement price is created, nothing after it.
        let crashing = StripeClient(
            configuration: bench.client.configuration,
            transport: CrashingTransport(base: EmulatorTransport(emulator: bench.emulator), crashAfter: 1))
        let broken = await ApplyExecutor(
            plan: planned.plan, client: crashing, options: ApplyOptions(knownIDs: planned.knownIDs)
        ).run()
        #expect(!broken.succeeded)

        let rerun = try await bench.apply(second)
        #expect(rerun.succeeded, "\(rerun.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
        let active: [StripePrice] = try await bench.all("/v1/prices", "active=true")
        // The old price, still active because the archive step never ran, is archived on re-run.
        #expect(
            active.filter { $0.metadata["tariff_key"] == "team.seat" }.count == 1,
            "one active seat price after the re-run")
        #expect(active.filter { $0.lookupKey == "seat" }.count == 1, "exactly one price holds the lookup key")
        let product: StripeProduct = try await bench.client.retrieveProduct("team")
        #expect(product.defaultPrice?.id == active.first { $0.lookupKey == "seat" }?.id)
        let newSeat = active.first { $0.lookupKey == "seat" }?.id
        let live = try await bench.client.listAllSubscriptions(customer: customer.id).first
        let item = live?.items.data.first { $0.id == subscription.items.data.first?.id }
        #expect(item?.quantity == 2)
        switch policy {
        case "migrate_now": #expect(item?.price.id == newSeat)
        case "migrate_at_period_end": #expect(item?.price.id == oldSeat.id && live?.schedule != nil)
        default: #expect(item?.price.id == oldSeat.id && live?.schedule == nil)
        }
        #expect(try await bench.plan(second).plan.actions.isEmpty)
    }
}
