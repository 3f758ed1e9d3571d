import Testing

@testable import TariffEngine
import TariffStripe

/// One operation per action: what the renderers see is derived from it, and apply has one way to
/// Stripe for each.
@Suite("Plan operations")
struct PlanOperationTests {
    static let price = ApplyStepBuilderTests.price
    static let product = DesiredProduct(key: "team", name: "Team", defaultPrice: price.address)
    static let meter = DesiredMeter(key: "calls", displayName: "Calls", eventName: "calls", formula: .sum)
    static let impact = SubscriberImpact(
        priceID: "price_old", countsByStatus: [StatusCount(status: "active", count: 2)], policy: .grandfather,
        proration: .createProrations, policyIsExplicit: false)
    static let replacement = Replacement(
        oldID: "price_old", transfersLookupKey: true, repointsDefaultPrice: false)

    @Test(
        "kind, resource, stage and live id follow from the operation",
        arguments: [
            (
                PlanOperation.create(.meter(meter)), ActionKind.create, ResourceKind.meter, PlanStep.meters,
                nil
            ),
            (.update(liveID: "team", desired: .product(product)), .update, .product, .products, "team"),
            (.adopt(liveID: "price_1", desired: .price(price)), .adopt, .price, .prices, "price_1"),
            (
                .defaultPrice(.point(productID: nil, to: price.address), declared: product), .update,
                .product,
                .defaultPrices, nil
            ),
            (
                .defaultPrice(.unset(productID: "team"), declared: nil), .update, .product, .defaultPrices,
                "team"
            ),
            (.replace(.price(price, impact: nil), replacement), .replace, .price, .prices, "price_old"),
            (
                .replace(
                    .meter(meter),
                    Replacement(oldID: "mtr_1", transfersLookupKey: false, repointsDefaultPrice: false)),
                .replace, .meter, .meters, "mtr_1"
            ),
            (.archive(.webhookEndpoint(liveID: "we_1")), .archive, .webhookEndpoint, .archives, "we_1"),
            (
                .migrate(
                    Migration(
                        fromPriceID: "price_old", toPrice: price.address, policy: .migrateNow,
                        proration: .noProrations,
                        items: []), impact: impact), .migrate, .subscription, .migrations, "price_old"
            ),
        ] as [(PlanOperation, ActionKind, ResourceKind, PlanStep, String?)])
    func derivedViews(
        _ operation: PlanOperation, _ kind: ActionKind, _ resource: ResourceKind, _ step: PlanStep,
        _ liveID: String?
    ) {
        let action = PlanAction(operation, address: .product("x"), label: "x")
        #expect(action.kind == kind)
        #expect(action.resource == resource)
        #expect(action.step == step)
        #expect(action.liveID == liveID)
    }

    @Test func onlyAReplacedOrArchivedPriceCountsSubscribers() {
        let replace = PlanOperation.replace(.price(Self.price, impact: nil), Self.replacement)
        #expect(
            PlanAction(replace.counting(Self.impact), address: Self.price.address, label: "").impact
                == Self.impact)
        let archive = PlanOperation.archive(.price(liveID: "price_old", impact: nil, successor: nil))
        #expect(
            PlanAction(archive.counting(Self.impact), address: Self.price.address, label: "").impact
                == Self.impact)
        let meter = PlanOperation.replace(
            .meter(Self.meter),
            Replacement(oldID: "mtr_1", transfersLookupKey: false, repointsDefaultPrice: false))
        #expect(meter.counting(Self.impact) == meter)
        let update = PlanOperation.update(liveID: "price_1", desired: .price(Self.price))
        #expect(update.counting(Self.impact) == update)
    }

    @Test func theSuccessorOfAnArchivedVersionIsItsDesiredObject() {
        let action = PlanAction(
            .archive(.price(liveID: "price_old", impact: nil, successor: Self.price)),
            address: Self.price.address,
            label: "")
        #expect(action.desired == .price(Self.price))
        let pruned = PlanAction(
            .archive(.price(liveID: "price_old", impact: nil, successor: nil)), address: Self.price.address,
            label: "")
        #expect(pruned.desired == nil)
    }

    @Test func defaultPriceChangesPointOrUnsetByAddress() {
        let point = PlanAction(
            .defaultPrice(.point(productID: nil, to: Self.price.address), declared: Self.product),
            address: Self.product.address, label: "Team")
        #expect(
            ApplyStepBuilder.steps(for: point).map(\.operation) == [
                .setDefaultPrice(product: Self.product.address, productID: nil, price: Self.price.address)
            ])
        let unset = PlanAction(
            .defaultPrice(.unset(productID: "team"), declared: nil), address: Self.product.address,
            label: "Team")
        #expect(
            ApplyStepBuilder.steps(for: unset).map(\.operation) == [
                .setDefaultPrice(product: Self.product.address, productID: "team", price: nil)
            ])
    }

    @Test func aReplacedMeterIsCreatedThenTheOldOneDeactivated() {
        let action = PlanAction(
            .replace(
                .meter(Self.meter),
                Replacement(oldID: "mtr_1", transfersLookupKey: false, repointsDefaultPrice: false)),
            address: Self.meter.address, label: "Calls")
        let steps = ApplyStepBuilder.steps(for: action)
        #expect(steps.map(\.operation) == [.createMeter(Self.meter), .deactivateMeter(id: "mtr_1")])
        #expect(steps.map(\.stage) == [.meters, .archives])
    }
}
