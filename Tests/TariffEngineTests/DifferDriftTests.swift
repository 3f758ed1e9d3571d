import Testing
import TariffEngine
import TariffStripe

@Suite("Differ: drift made in the Dashboard")
struct DifferDriftTests {
    @Test("an archived price is reactivated")
    func archivedPrice() throws {
        let live = Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) { $0.active = false }
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.feeAddress))
        #expect(
            update.changes == [
                FieldChange(field: .price(.active), before: .bool(false), after: .bool(true), isDrift: true)
            ])
        #expect(update.reasons.map(\.kind) == [.drift])
    }

    @Test("a removed lookup key is found by marker and restored")
    func removedLookupKey() throws {
        let live = Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) { $0.lookupKey = nil }
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.feeAddress))
        #expect(update.liveID == "price_fee")
        #expect(update.changes.map(\.field.path) == ["lookup_key"])
    }

    @Test("an archived product is reactivated and a renamed one renamed back")
    func product() throws {
        var live = Fixture.matchingLive()
        live.products[0].active = false
        live.products[0].name = "Search"
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.productAddress))
        #expect(update.changes.map(\.field.path) == ["name", "active"])
        #expect(update.reasons.map(\.kind) == [.changed, .drift])
    }

    @Test("a deleted product is created again")
    func deletedProduct() throws {
        var live = Fixture.matchingLive()
        live.products = []
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        #expect(plan.action(.create, at: Fixture.productAddress) != nil)
    }

    @Test("a disabled webhook is enabled and its events restored")
    func webhook() throws {
        var live = Fixture.matchingLive()
        live.webhooks[0].status = StripeEnum(.disabled)
        live.webhooks[0].enabledEvents = ["invoice.paid"]
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: .webhook))
        #expect(update.changes.map(\.field.path) == ["enabled_events", "status"])
    }

    @Test("a currency option added in the Dashboard is shown as a change back to the YAML")
    func currencyOption() throws {
        let live = Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) {
            $0.currencyOptions["eur"] = LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 4500)
        }
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.feeAddress))
        #expect(update.changes.map(\.field.path) == ["currency_options.eur"])
        #expect(update.changes.first?.after == nil)
    }
}
