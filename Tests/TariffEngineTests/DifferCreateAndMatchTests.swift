import Foundation
import Testing
import TariffEngine

@Suite("Differ: creates, matches and ordering")
struct DifferCreateAndMatchTests {
    @Test("an empty account gets every declared object, in apply order")
    func emptyAccountCreatesEverything() throws {
        let plan = Differ.diff(desired: Fixture.desired(), live: LiveState(account: Fixture.account))
        #expect(
            plan.actions.map(\.address.path) == [
                "meters.api_calls", "products.search_api", "products.search_api.prices.search_usage",
                "products.search_api.prices.platform_fee", "products.search_api", "stripe.webhook",
            ])
        #expect(plan.kinds == [.create, .create, .create, .create, .update, .create])
        #expect(plan.actions.map(\.step) == [.meters, .products, .prices, .prices, .defaultPrices, .webhook])
        let price = try #require(plan.action(.create, at: Fixture.usageAddress))
        let fields = Dictionary(uniqueKeysWithValues: price.changes.map { ($0.field.path, $0.after) })
        #expect(fields["recurring.meter"] == .created(.meter, .meter("api_calls")))
        #expect(
            fields["unit_amount"]
                == .amount(PlanAmount(minorUnits: Decimal(string: "0.2") ?? 0, currency: "usd", basis: .unit))
        )
        #expect(fields["metadata.tariff_key"] == .string("search_api.search_usage"))
        #expect(price.changes.allSatisfy { $0.before == nil })
        #expect(plan.summary.count(.create) == 5)
        #expect(!plan.hasErrors)
    }

    @Test("a matching account gives an empty plan, and decimals compare by value")
    func matchingAccountHasNoChanges() {
        let plan = Differ.diff(desired: Fixture.desired(), live: Fixture.matchingLive())
        #expect(plan.actions.isEmpty)
        #expect(plan.unmanaged.isEmpty)
        #expect(plan.diagnostics.isEmpty)
        #expect(plan.fingerprints.count == 5)
        #expect(!plan.hasChanges)
    }

    @Test("a nickname edit updates in place with before and after")
    func nicknameUpdate() throws {
        let live = Fixture.changingPrice("price_usage", in: Fixture.matchingLive()) {
            $0.nickname = "Old name"
        }
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.usageAddress))
        #expect(update.liveID == "price_usage")
        #expect(
            update.changes == [
                FieldChange(
                    field: .price(.nickname), before: .string("Old name"), after: .string("Search per call"))
            ])
        #expect(plan.actions.count == 1)
    }

    @Test("metadata keys the YAML does not declare are removed; YAML keys are compared; tariff_ keys stay")
    func metadataPerKey() throws {
        var live = Fixture.matchingLive()
        live.products[0].metadata["tariff_migration"] = "written by Tariff"
        #expect(Differ.diff(desired: Fixture.desired(), live: live).actions.isEmpty)
        live.products[0].metadata["added_by_hand"] = "yes"
        live.products[0].metadata["team"] = "billing"
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.productAddress))
        #expect(update.changes.map(\.field.path) == ["metadata.added_by_hand", "metadata.team"])
        #expect(update.changes.map(\.before) == [.string("yes"), .string("billing")])
        #expect(update.changes.first?.after == nil)
    }

    @Test("null, absent and empty descriptions are equal")
    func emptyableFields() {
        var desired = Fixture.desired()
        desired.products[0].description = nil
        var live = Fixture.matchingLive()
        live.products[0].description = ""
        #expect(Differ.diff(desired: desired, live: live).actions.isEmpty)
    }

    @Test("a product whose default price points elsewhere is repointed in the default-prices step")
    func defaultPriceRepoint() throws {
        var live = Fixture.matchingLive()
        live.products[0].defaultPriceID = "price_fee"
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.productAddress))
        #expect(update.step == .defaultPrices)
        #expect(
            update.changes == [
                FieldChange(
                    field: .product(.defaultPrice), before: .string("price_fee"),
                    after: .string("price_usage"))
            ])
    }

    @Test("the config's mode and account pin are checked before anything else")
    func accountChecks() {
        var desired = Fixture.desired()
        desired.expectedAccount = "acct_other"
        let plan = Differ.diff(
            desired: desired, live: LiveState(account: LiveAccount(id: "acct_test", livemode: true)))
        #expect(plan.actions.isEmpty)
        #expect(plan.diagnostics.map(\.code) == ["plan.mode-mismatch", "plan.account-mismatch"])
        #expect(plan.hasErrors)
    }
}
