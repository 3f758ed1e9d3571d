import Foundation
import TariffStripe
import Testing

@testable import TariffEngine

/// Prices found by their terms (issue 10): `--adopt` takes over an unkeyed, unmarked active price
/// of the same product with the declared terms instead of creating a copy, and any plan that
/// creates a price identical to an active one says so.
@Suite("Differ: prices with the same terms")
struct DifferTwinPriceTests {
    /// The matching account with the fee price unkeyed and unmarked, as a hand-made account has it.
    static func handMadeFee() -> LiveState {
        Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) {
            $0.lookupKey = nil
            $0.metadata = ["team": "billing"]
        }
    }

    @Test("--adopt takes an unkeyed price with the same terms over and sets its lookup key")
    func adoptsTheTwin() throws {
        var fee = Fixture.feePrice
        fee.metadata["team"] = "billing"
        let desired = Fixture.desired(prices: [Fixture.usagePrice, fee])
        let plan = Differ.diff(desired: desired, live: Self.handMadeFee(), options: PlanOptions(adopt: true))
        let adopt = try #require(plan.action(.adopt, at: Fixture.feeAddress))
        #expect(adopt.liveID == "price_fee")
        #expect(
            adopt.changes.map(\.field) == [
                .price(.metadata("tariff_key")), .price(.metadata("tariff_namespace")), .price(.lookupKey),
            ])
        #expect(plan.actions(of: .create).isEmpty)
        #expect(plan.diagnostics.isEmpty)
        let step = try #require(ApplyStepBuilder.steps(for: plan).first { $0.address == Fixture.feeAddress })
        guard case .updatePrice(let id, let changes) = step.operation else {
            Issue.record("expected a price update, got \(step.operation)")
            return
        }
        #expect(id == "price_fee")
        #expect(changes.lookupKey == "platform_fee")
        #expect(changes.setMetadata["tariff_key"] == "search_api.platform_fee")
    }

    @Test("a price with other terms, a keyed price or another product's price is not adopted by terms")
    func onlyIdenticalUnkeyedPricesOfTheProduct() throws {
        let variants: [(String, (inout LivePrice) -> Void)] = [
            ("amount", { $0.amounts.unitAmount = 5000 }),
            ("interval", { $0.recurring?.interval = StripeEnum(.year) }),
            ("product", { $0.productID = "prod_other" }),
            ("archived", { $0.active = false }),
            ("keyed", { $0.lookupKey = "fee_v1" }),
        ]
        for (name, change) in variants {
            let live = Fixture.changingPrice("price_fee", in: Self.handMadeFee(), change)
            let plan = Differ.diff(desired: Fixture.desired(), live: live, options: PlanOptions(adopt: true))
            #expect(plan.action(.create, at: Fixture.feeAddress) != nil, "\(name)")
            #expect(!plan.actions.contains { $0.kind == .adopt && $0.liveID == "price_fee" }, "\(name)")
        }
    }

    @Test("a plan that creates a copy of an active price warns with that price's id")
    func creatingACopyWarns() throws {
        let plan = Differ.diff(desired: Fixture.desired(), live: Self.handMadeFee())
        #expect(plan.action(.create, at: Fixture.feeAddress) != nil)
        let warning = try #require(plan.diagnostics.first { $0.code == "plan.duplicate-price" })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("price_fee"))
        #expect(warning.notes.first?.message.contains("--adopt") == true)

        // A keyed price with the same terms is named too (two prices would bill the same).
        let keyed = Fixture.changingPrice("price_fee", in: Self.handMadeFee()) { $0.lookupKey = "fee_v1" }
        let second = Differ.diff(desired: Fixture.desired(), live: keyed, options: PlanOptions(adopt: true))
        #expect(
            second.diagnostics.contains {
                $0.code == "plan.duplicate-price" && $0.message.contains("price_fee")
            })
        #expect(
            !Differ.diff(desired: Fixture.desired(), live: Fixture.matchingLive()).diagnostics.contains {
                $0.code == "plan.duplicate-price"
            })
    }
}
