import Foundation
import Testing
import TariffEngine
import TariffStripe

/// A change to one live price field that Stripe cannot update in place.
struct PriceFieldCase: Sendable, CustomTestStringConvertible {
    let field: String
    let change: @Sendable (inout LivePrice) -> Void
    var testDescription: String { field }
}

@Suite("Differ: replacements")
struct DifferReplaceTests {
    static let usageCases: [PriceFieldCase] = [
        PriceFieldCase(field: "unit_amount") { $0.amounts.unitAmount = Decimal(string: "0.3") },
        PriceFieldCase(field: "currency") { $0.currency = "eur" },
        PriceFieldCase(field: "recurring.interval") { $0.recurring?.interval = StripeEnum(.year) },
        PriceFieldCase(field: "recurring.interval_count") { $0.recurring?.intervalCount = 3 },
        PriceFieldCase(field: "recurring.meter") { $0.recurring?.meterID = "mtr_other" },
        PriceFieldCase(field: "recurring.usage_type") { $0.recurring?.usageType = StripeEnum(.licensed) },
        PriceFieldCase(field: "product") { $0.productID = "prod_elsewhere" },
        PriceFieldCase(field: "tax_behavior") { $0.taxBehavior = StripeEnum(.inclusive) },
        PriceFieldCase(field: "transform_quantity.divide_by") {
            $0.amounts.transformQuantity = LiveTransformQuantity(divideBy: 1000, round: StripeEnum(.up))
        },
        PriceFieldCase(field: "billing_scheme") {
            $0.amounts = LiveAmounts(
                billingScheme: StripeEnum(.tiered), tiersMode: StripeEnum(.graduated),
                tiers: [PlanTier(upTo: nil, unitAmount: Decimal(string: "0.2"), flatAmount: nil)])
        },
    ]

    @Test("each create-only price field forces a replacement", arguments: usageCases)
    func createOnlyFieldForcesReplacement(_ testCase: PriceFieldCase) throws {
        let live = Fixture.changingPrice("price_usage", in: Fixture.matchingLive(), testCase.change)
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let replace = try #require(plan.action(.replace, at: Fixture.usageAddress))
        #expect(replace.forcingFields.contains(testCase.field))
        #expect(
            replace.replacement
                == Replacement(oldID: "price_usage", transfersLookupKey: true, repointsDefaultPrice: true))
        #expect(
            replace.reasons.contains {
                $0.kind == .forcesReplacement && $0.field == replace.forcingFields.first
            })
        #expect(plan.action(.update, at: Fixture.productAddress)?.step == .defaultPrices)
    }

    @Test("changed tiers and tiers mode force a replacement; absent tier amounts equal zero")
    func tiers() throws {
        var price = Fixture.usagePrice
        price.amounts = DesiredAmounts(
            billingScheme: .tiered, tiersMode: .graduated,
            tiers: [
                PlanTier(upTo: 1000, unitAmount: 0, flatAmount: nil),
                PlanTier(upTo: nil, unitAmount: Decimal(string: "0.2"), flatAmount: nil),
            ])
        var live = Fixture.changingPrice("price_usage", in: Fixture.matchingLive()) {
            $0.amounts = LiveAmounts(
                billingScheme: StripeEnum(.tiered), tiersMode: StripeEnum(.graduated),
                tiers: [
                    PlanTier(upTo: 1000, unitAmount: nil, flatAmount: nil),
                    PlanTier(upTo: nil, unitAmount: Decimal(string: "0.20"), flatAmount: 0),
                ])
        }
        #expect(
            Differ.diff(desired: Fixture.desired(prices: [price, Fixture.feePrice]), live: live).actions
                .isEmpty)
        live = Fixture.changingPrice("price_usage", in: live) {
            $0.amounts.tiersMode = StripeEnum(.volume)
            $0.amounts.tiers?[0].upTo = 500
        }
        let plan = Differ.diff(desired: Fixture.desired(prices: [price, Fixture.feePrice]), live: live)
        let replace = try #require(plan.action(.replace, at: Fixture.usageAddress))
        #expect(Set(replace.forcingFields) == ["tiers_mode", "tiers"])
    }

    @Test("tax_behavior moves in place only away from unspecified")
    func taxBehaviorOnce() throws {
        var fee = Fixture.feePrice
        fee.taxBehavior = .inclusive
        let plan = Differ.diff(
            desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: Fixture.matchingLive())
        let update = try #require(plan.action(.update, at: Fixture.feeAddress))
        #expect(
            update.changes == [
                FieldChange(
                    field: .price(.taxBehavior), before: .string("unspecified"), after: .string("inclusive"))
            ])
    }

    @Test("a replaced price reports its subscribers by status under the default grandfather policy")
    func grandfatherImpact() throws {
        var live = Fixture.changingPrice("price_usage", in: Fixture.matchingLive()) {
            $0.amounts.unitAmount = 1
        }
        live.subscriptions = Fixture.subscriptions(
            on: "price_usage", statuses: ["active", "active", "trialing", "canceled"])
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let replace = try #require(plan.action(.replace, at: Fixture.usageAddress))
        let impact = try #require(replace.impact)
        #expect(
            impact.countsByStatus == [
                StatusCount(status: "active", count: 2), StatusCount(status: "canceled", count: 1),
                StatusCount(status: "trialing", count: 1),
            ])
        #expect(impact.policy == .grandfather)
        #expect(!impact.policyIsExplicit)
        #expect(impact.live == 3)
        #expect(plan.actions(of: .migrate).isEmpty)
        #expect(Differ.planCatalog(desired: Fixture.desired(), live: live).touchedPriceIDs == ["price_usage"])
    }

    @Test("migrate_at_period_end moves every live item after the catalog steps")
    func migration() throws {
        var price = Fixture.usagePrice
        price.onChange = DesiredOnChange(
            subscribers: .migrateAtPeriodEnd, proration: .noProrations, isExplicit: true)
        var live = Fixture.changingPrice("price_usage", in: Fixture.matchingLive()) {
            $0.amounts.unitAmount = 1
        }
        live.subscriptions = Fixture.subscriptions(
            on: "price_usage", statuses: ["active", "past_due", "canceled"])
        let plan = Differ.diff(desired: Fixture.desired(prices: [price, Fixture.feePrice]), live: live)
        let migrate = try #require(plan.action(.migrate, at: .subscriptions(of: Fixture.usageAddress)))
        let migration = try #require(migrate.migration)
        #expect(migration.items.map(\.subscriptionID) == ["sub_price_usage_0", "sub_price_usage_1"])
        #expect(migration.proration == .noProrations)
        #expect(migration.toPrice == Fixture.usageAddress)
        #expect(migrate.impact?.total == 3)
        #expect(plan.actions.last?.kind == .migrate)
        #expect(plan.actions.map(\.step) == plan.actions.map(\.step).sorted())
    }
}

@Suite("Differ: interrupted replacements and live ids")
struct DifferResumeTests {
    /// The state a replacement leaves when apply stops after creating the new price and moving the
    /// lookup key, before archiving the old one.
    static func interrupted() -> LiveState {
        var live = Fixture.changingPrice("price_usage", in: Fixture.matchingLive()) { $0.lookupKey = nil }
        live.prices.append(
            LivePrice(
                id: "price_usage_v2", productID: "search_api", currency: "usd",
                amounts: LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: Decimal(string: "0.2")),
                recurring: LiveRecurring(
                    interval: StripeEnum(.month), usageType: StripeEnum(.metered), meterID: "mtr_1"),
                lookupKey: "search_usage", nickname: "Search per call", taxBehavior: StripeEnum(.exclusive),
                metadata: Fixture.usagePrice.metadata, created: 30))
        live.products[0].defaultPriceID = "price_usage_v2"
        live.subscriptions = Fixture.subscriptions(on: "price_usage", statuses: ["active", "active"])
        live.subscriptions[1].hasSchedule = true
        return live
    }

    @Test("a still-active earlier version is archived and its unscheduled subscribers migrated")
    func supersededVersion() throws {
        var price = Fixture.usagePrice
        price.onChange = DesiredOnChange(subscribers: .migrateNow, proration: .noProrations, isExplicit: true)
        let plan = Differ.diff(
            desired: Fixture.desired(prices: [price, Fixture.feePrice]), live: Self.interrupted())
        #expect(plan.kinds == [.migrate, .archive])
        let archive = try #require(plan.action(.archive, at: Fixture.usageAddress))
        #expect(archive.liveID == "price_usage")
        #expect(archive.reasons.map(\.kind) == [.superseded])
        #expect(archive.impact?.total == 2)
        let migrate = try #require(plan.actions.first)
        #expect(migrate.migration?.items.map(\.subscriptionID) == ["sub_price_usage_0"])
        #expect(migrate.changes.first?.after == .string("price_usage_v2"))
    }

    @Test("under grandfather the earlier version is only archived")
    func supersededGrandfathered() {
        let plan = Differ.diff(desired: Fixture.desired(), live: Self.interrupted())
        #expect(plan.kinds == [.archive])
        #expect(plan.actions.first?.impact?.policy == .grandfather)
    }

    @Test("liveIDs names every matched object, changed or not, and omits new ones")
    func liveIDs() {
        var live = Fixture.matchingLive()
        live.prices.removeAll { $0.id == "price_fee" }
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        #expect(
            plan.liveIDs == [
                .meter("api_calls"): "mtr_1", Fixture.productAddress: "search_api",
                Fixture.usageAddress: "price_usage",
                .webhook: "we_1",
            ])
    }
}
