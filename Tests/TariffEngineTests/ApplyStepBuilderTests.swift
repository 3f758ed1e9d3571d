import Foundation
import Testing

@testable import TariffEngine
import TariffStripe

/// Plans turned into steps: stages, waves, ids and the recipe of a replacement.
@Suite("Apply step builder")
struct ApplyStepBuilderTests {
    static let price = DesiredPrice(
        key: "seat", productKey: "team", lookupKey: "seat", currency: "usd",
        recurring: DesiredRecurring(interval: .month, usageType: .licensed),
        amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 1200))

    static func plan(_ actions: [PlanAction]) -> Plan {
        Plan(context: PlanContext(accountID: "acct_1", mode: .test, configDigest: "abc"), actions: actions)
    }

    static func replacement(policy: SubscriberPolicyKind) -> [PlanAction] {
        let address = price.address
        let items = [
            MigrationItem(
                subscriptionID: "sub_1", itemID: "si_1", status: StripeEnum(.active), quantity: 3,
                hasSchedule: false),
            MigrationItem(
                subscriptionID: "sub_2", itemID: "si_2", status: StripeEnum(.trialing), quantity: 1,
                hasSchedule: false),
        ]
        return [
            PlanAction(
                .replace(
                    .price(price, impact: nil),
                    Replacement(
                        oldID: "price_old", transfersLookupKey: true, repointsDefaultPrice: true)),
                address: address, label: "seat"),
            PlanAction(
                .migrate(
                    Migration(
                        fromPriceID: "price_old", toPrice: address, policy: policy, proration: .noProrations,
                        items: items),
                    impact: SubscriberImpact(
                        priceID: "price_old",
                        countsByStatus: [
                            StatusCount(status: "active", count: 1),
                            StatusCount(status: "trialing", count: 1),
                        ],
                        policy: policy, proration: .noProrations, policyIsExplicit: true)),
                address: .subscriptions(of: address), label: "seat"),
        ]
    }

    @Test func replacementCreatesRepointsMigratesThenArchives() {
        let steps = ApplyStepBuilder.steps(for: Self.plan(Self.replacement(policy: .migrateNow)))
        #expect(steps.map(\.stage) == [.prices, .defaultPrices, .migrations, .migrations, .archives])
        #expect(steps.first?.operation == .createPrice(Self.price, replacing: "price_old"))
        #expect(steps.last?.operation == .archivePrice(id: "price_old"))
        guard
            case .migrateNow(let item, let from, let to, let proration)? = steps.dropFirst(2).first?.operation
        else {
            Issue.record("expected an immediate migration")
            return
        }
        #expect(
            item.quantity == 3 && from == "price_old" && to == Self.price.address
                && proration == .noProrations)
    }

    @Test func periodEndMigrationsBecomeOneScheduleStepPerSubscription() {
        let steps = ApplyStepBuilder.steps(for: Self.plan(Self.replacement(policy: .migrateAtPeriodEnd)))
        let schedules = steps.filter { $0.stage == .migrations }
        #expect(schedules.map(\.id) == ["migrations/sub_1/schedule", "migrations/sub_2/schedule"])
        #expect(schedules.allSatisfy { $0.wave == 1 })
    }

    @Test func grandfatheredSubscribersGetNoStep() {
        let steps = ApplyStepBuilder.steps(for: Self.plan(Self.replacement(policy: .grandfather)))
        #expect(!steps.contains { $0.stage == .migrations })
        #expect(steps.count == 3)
    }

    @Test func archivesRunPricesBeforeProductsBeforeMeters() {
        let actions = [
            PlanAction(.archive(.meter(liveID: "mtr_1")), address: .meter("calls"), label: "m"),
            PlanAction(.archive(.product(liveID: "team")), address: .product("team"), label: "p"),
            PlanAction(
                .archive(.price(liveID: "price_1", impact: nil, successor: nil)), address: Self.price.address,
                label: "x"),
        ]
        let steps = ApplyStepBuilder.steps(for: Self.plan(actions))
        #expect(
            steps.map(\.operation) == [
                .archivePrice(id: "price_1"), .archiveProduct(id: "team"), .deactivateMeter(id: "mtr_1"),
            ])
        #expect(steps.map(\.wave) == [0, 1, 2])
    }

    @Test func aDefaultPriceNamedTwiceIsSetOnce() {
        let product = DesiredProduct(key: "team", name: "Team", defaultPrice: Self.price.address)
        var actions = Self.replacement(policy: .grandfather)
        actions.append(
            PlanAction(
                .defaultPrice(.point(productID: "team", to: Self.price.address), declared: product),
                address: product.address, label: "Team",
                changes: [
                    FieldChange(
                        field: .product(.defaultPrice), before: .string("price_old"), after: .string("(new)"))
                ]))
        let steps = ApplyStepBuilder.steps(for: Self.plan(actions))
        #expect(steps.filter { $0.stage == .defaultPrices }.count == 1)
    }

    @Test func productUpdatesSendOnlyTheChangedFields() {
        let product = DesiredProduct(
            key: "team", name: "Team", description: nil, metadata: ["tariff_key": "team", "team": "billing"])
        let action = PlanAction(
            .update(liveID: "team", desired: .product(product)), address: product.address, label: "Team",
            changes: [
                FieldChange(field: .product(.description), before: .string("old"), after: nil),
                FieldChange(field: .product(.metadata("team")), before: nil, after: .string("billing")),
                FieldChange(field: .product(.metadata("owner")), before: .string("x"), after: nil),
            ])
        guard
            case .updateProduct(_, let changes)? = ApplyStepBuilder.steps(for: Self.plan([action])).first?
                .operation
        else {
            Issue.record("expected a product update")
            return
        }
        let form = ApplyParams.productUpdate(changes).stripeForm.encoded
        #expect(form == "description=&metadata[team]=billing&metadata[owner]=")
    }
}
