import Testing
import TariffEngine
import TariffStripe

@Suite("Differ: ownership, protection, archive and prune")
struct DifferOwnershipTests {
    @Test("objects without the marker are listed as unmanaged and never changed")
    func unmanagedListed() {
        var live = Fixture.matchingLive()
        live.products.append(LiveProduct(id: "prod_manual", name: "Consulting"))
        live.prices.append(
            LivePrice(
                id: "price_manual", productID: "prod_manual", currency: "usd",
                amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 10000),
                lookupKey: "consulting"
            ))
        live.prices.append(
            LivePrice(
                id: "price_foreign", productID: "prod_manual", currency: "usd",
                amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 1),
                metadata: ["tariff_key": "x.y", "tariff_namespace": "other"]))
        live.meters.append(
            LiveMeter(id: "mtr_manual", displayName: "Manual", eventName: "manual", formula: StripeEnum(.sum))
        )
        live.webhooks.append(
            LiveWebhook(id: "we_manual", url: "https://example.com/other", enabledEvents: ["*"]))
        let plan = Differ.diff(desired: Fixture.desired(), live: live, options: PlanOptions(prune: true))
        #expect(plan.actions.isEmpty)
        #expect(
            plan.unmanaged.map(\.id) == [
                "prod_manual", "price_manual", "price_foreign", "mtr_manual", "we_manual",
            ])
        #expect(plan.unmanaged.first { $0.id == "price_foreign" }?.reason == .otherNamespace)
        #expect(plan.unmanaged.allSatisfy { $0.conflictsWith == nil })
    }

    @Test("an unmarked price holding a declared lookup key blocks the plan unless adopted")
    func naturalKeyConflictAndAdopt() throws {
        let live = Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) { $0.metadata = [:] }
        let refused = Differ.diff(desired: Fixture.desired(), live: live)
        #expect(refused.diagnostics.map(\.code) == ["plan.natural-key-taken"])
        #expect(refused.unmanaged.first?.conflictsWith == Fixture.feeAddress)
        let adopted = Differ.diff(desired: Fixture.desired(), live: live, options: PlanOptions(adopt: true))
        let adopt = try #require(adopted.action(.adopt, at: Fixture.feeAddress))
        #expect(adopt.liveID == "price_fee")
        #expect(adopt.changes.map(\.field.path) == ["metadata.tariff_key", "metadata.tariff_namespace"])
        #expect(adopted.diagnostics.isEmpty)
    }

    @Test("protected resources refuse replace and archive with an error at the YAML")
    func protected() throws {
        var price = Fixture.usagePrice
        price.protected = true
        let live = Fixture.changingPrice("price_usage", in: Fixture.matchingLive()) {
            $0.amounts.unitAmount = 1
        }
        let plan = Differ.diff(desired: Fixture.desired(prices: [price, Fixture.feePrice]), live: live)
        #expect(plan.diagnostics.map(\.code) == ["plan.protected"])
        #expect(plan.hasErrors)
        var fee = Fixture.feePrice
        fee.active = false
        fee.protected = true
        let archive = Differ.diff(
            desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: Fixture.matchingLive())
        #expect(archive.diagnostics.map(\.code) == ["plan.protected"])
        #expect(archive.action(.archive, at: Fixture.feeAddress) != nil)
    }

    @Test("active: false archives the price last, with its subscribers kept")
    func declaredInactive() throws {
        var fee = Fixture.feePrice
        fee.active = false
        var live = Fixture.matchingLive()
        live.subscriptions = Fixture.subscriptions(on: "price_fee", statuses: ["active"])
        let plan = Differ.diff(desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: live)
        let archive = try #require(plan.action(.archive, at: Fixture.feeAddress))
        #expect(archive.step == .archives)
        #expect(archive.impact?.policy == .grandfather)
        #expect(archive.impact?.total == 1)
        #expect(archive.reasons.map(\.kind) == [.declaredInactive])
    }

    @Test("managed objects the YAML dropped are archived only with --prune")
    func prune() throws {
        let desired = Fixture.desired(prices: [Fixture.usagePrice])
        #expect(Differ.diff(desired: desired, live: Fixture.matchingLive()).actions.isEmpty)
        let plan = Differ.diff(
            desired: desired, live: Fixture.matchingLive(), options: PlanOptions(prune: true))
        let archive = try #require(plan.action(.archive, at: Fixture.feeAddress))
        #expect(archive.liveID == "price_fee")
        #expect(archive.reasons.map(\.kind) == [.pruned])
        #expect(plan.context.prune)
    }

    @Test("archived previous versions of a managed price are history, not unmanaged")
    func history() {
        var live = Fixture.matchingLive()
        live.prices.append(
            LivePrice(
                id: "price_usage_v1", productID: "search_api", active: false, currency: "usd",
                amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 1),
                metadata: Fixture.usagePrice.metadata,
                created: 5))
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        #expect(plan.actions.isEmpty)
        #expect(plan.unmanaged.isEmpty)
        #expect(plan.history.map(\.id) == ["price_usage_v1"])
        #expect(plan.history.first?.address == Fixture.usageAddress)
    }
}
