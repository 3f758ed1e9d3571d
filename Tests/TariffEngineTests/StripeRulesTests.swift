import Foundation
import Testing
@testable import TariffEngine
import TariffStripe

/// Plans that Stripe would refuse or that never converged before (issue 10): metadata and
/// default prices the YAML removes, default prices archived, currency options, migrations.
@Suite("Differ: Stripe's rules")
struct StripeRulesTests {
    @Test("a metadata key removed from the YAML is removed; Tariff's own keys stay")
    func metadataIsAuthoritative() throws {
        var live = Fixture.matchingLive()
        live.products[0].metadata["owner"] = "ana"
        live.products[0].metadata["tariff_migration"] = "kept"
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: Fixture.productAddress))
        #expect(
            update.changes == [
                FieldChange(field: .product(.metadata("owner")), before: .string("ana"), after: nil)
            ])
        let step = try #require(
            ApplyStepBuilder.steps(for: plan).first { $0.address == Fixture.productAddress })
        guard case .updateProduct(_, let changes) = step.operation else {
            Issue.record("expected a product update, got \(step.operation)")
            return
        }
        #expect(changes.removeMetadata == ["owner"])
    }

    @Test("default_price removed from the YAML is unset with default_price=")
    func removedDefaultPriceIsUnset() throws {
        var desired = Fixture.desired()
        desired.products[0].defaultPrice = nil
        let plan = Differ.diff(desired: desired, live: Fixture.matchingLive())
        let update = try #require(plan.action(.update, at: Fixture.productAddress))
        #expect(update.step == .defaultPrices)
        #expect(
            update.changes == [
                FieldChange(field: .product(.defaultPrice), before: .string("price_usage"), after: nil)
            ])
        let steps = ApplyStepBuilder.steps(for: plan)
        #expect(
            steps.map(\.operation) == [
                .setDefaultPrice(product: Fixture.productAddress, productID: "search_api", price: nil)
            ])
        #expect(
            ProductUpdateParams(defaultPrice: .clear).stripeForm.pairs.map { "\($0.key)=\($0.value)" }
                == ["default_price="])
    }

    @Test("a product's default price is unset before the plan archives it")
    func archivedDefaultPriceIsUnsetFirst() throws {
        var usage = Fixture.usagePrice
        usage.active = false
        var desired = Fixture.desired(prices: [usage, Fixture.feePrice])
        desired.products[0].defaultPrice = nil
        let plan = Differ.diff(desired: desired, live: Fixture.matchingLive())
        #expect(plan.action(.archive, at: Fixture.usageAddress)?.liveID == "price_usage")
        let unset = try #require(plan.action(.update, at: Fixture.productAddress))
        #expect(unset.changes.map(\.field) == [.product(.defaultPrice)])
        let steps = ApplyStepBuilder.steps(for: plan)
        let unsetIndex = try #require(
            steps.firstIndex {
                $0.operation
                    == .setDefaultPrice(
                        product: Fixture.productAddress, productID: "search_api", price: nil)
            })
        let archiveIndex = try #require(steps.firstIndex { $0.operation == .archivePrice(id: "price_usage") })
        #expect(unsetIndex < archiveIndex)
    }

    @Test("removing one of several currency options replaces the price; removing all clears them")
    func currencyOptionRemoval() throws {
        var fee = Fixture.feePrice
        fee.currencyOptions = ["gbp": DesiredAmounts(billingScheme: .perUnit, unitAmount: 3900)]
        let live = Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) {
            $0.currencyOptions = [
                "gbp": LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 3900),
                "eur": LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 4500),
            ]
        }
        let replaced = Differ.diff(desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: live)
        let replace = try #require(replaced.action(.replace, at: Fixture.feeAddress))
        #expect(replace.forcingFields == ["currency_options.eur"])

        let cleared = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(cleared.action(.update, at: Fixture.feeAddress))
        #expect(
            update.changes.map(\.field) == [.price(.currencyOption("eur")), .price(.currencyOption("gbp"))])
        guard case .updatePrice(_, let changes)? = ApplyStepBuilder.steps(for: cleared).first?.operation
        else {
            Issue.record("expected a price update")
            return
        }
        #expect(ApplyParams.priceUpdate(changes).stripeForm.pairs.map(\.key) == ["currency_options"])
    }

    @Test("a currency option's tax_behavior is planned: in place from unspecified, else a replacement")
    func currencyOptionTaxBehavior() throws {
        var fee = Fixture.feePrice
        fee.currencyOptions = ["eur": DesiredAmounts(billingScheme: .perUnit, unitAmount: 4500)]
        fee.currencyOptionTaxBehavior = ["eur": .exclusive]
        func live(_ tax: StripeTaxBehavior) -> LiveState {
            Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) {
                $0.currencyOptions = [
                    "eur": LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 4500)
                ]
                $0.currencyOptionTaxBehavior = ["eur": StripeEnum(tax)]
            }
        }
        let desired = Fixture.desired(prices: [Fixture.usagePrice, fee])
        let update = try #require(
            Differ.diff(desired: desired, live: live(.unspecified)).action(.update, at: Fixture.feeAddress))
        #expect(update.changes.map(\.field) == [.price(.currencyOptionTaxBehavior("eur"))])
        let replace = try #require(
            Differ.diff(desired: desired, live: live(.inclusive)).action(.replace, at: Fixture.feeAddress))
        #expect(replace.forcingFields == ["currency_options.eur.tax_behavior"])
    }

    @Test("moving subscribers to a price in another currency is refused at plan time")
    func migrationAcrossCurrencies() throws {
        var fee = Fixture.feePrice
        fee.currency = "eur"
        fee.onChange = DesiredOnChange(subscribers: .migrateNow, isExplicit: true)
        var live = Fixture.matchingLive()
        live.subscriptions = Fixture.subscriptions(on: "price_fee", statuses: ["active"])
        let plan = Differ.diff(desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: live)
        #expect(plan.actions(of: .migrate).isEmpty)
        #expect(plan.diagnostics.map(\.code) == ["plan.migration-currency"])
        #expect(plan.hasErrors)
    }

    @Test("a subscription billing in a currency option must find that currency on the new price")
    func migrationKeepsTheSubscriptionsCurrency() throws {
        var live = Fixture.changingPrice("price_fee", in: Fixture.matchingLive()) {
            $0.currencyOptions = ["eur": LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 4500)]
        }
        var subscriptions = Fixture.subscriptions(on: "price_fee", statuses: ["active", "active"])
        subscriptions[1].currency = "eur"
        live.subscriptions = subscriptions
        // A new amount replaces the price; its subscribers move now.
        var fee = Fixture.feePrice
        fee.amounts.unitAmount = 5900
        fee.onChange = DesiredOnChange(subscribers: .migrateNow, isExplicit: true)
        let withoutEuro = Differ.diff(
            desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: live)
        #expect(withoutEuro.actions(of: .migrate).isEmpty)
        let refusal = try #require(withoutEuro.diagnostics.first { $0.code == "plan.migration-currency" })
        #expect(refusal.message.contains("1 in EUR"))

        fee.currencyOptions = ["eur": DesiredAmounts(billingScheme: .perUnit, unitAmount: 5400)]
        let withEuro = Differ.diff(desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: live)
        #expect(withEuro.diagnostics.isEmpty)
        #expect(withEuro.actions(of: .migrate).first?.migration?.items.count == 2)
    }

    @Test(
        "an interval change is refused for classic subscriptions left with mixed intervals",
        arguments: [
            ("classic", "migrate_now", 1, nil),
            ("classic", "migrate_now", 2, "error"),
            ("classic", "migrate_at_period_end", 2, "error"),
            ("flexible", "migrate_now", 2, nil),
            ("unknown", "migrate_now", 1, "warning"),
        ] as [(String, String, Int, String?)])
    func intervalChanges(mode: String, policy: String, items: Int, expected: String?) throws {
        var fee = Fixture.feePrice
        fee.recurring = DesiredRecurring(interval: .year, usageType: .licensed)
        fee.onChange = DesiredOnChange(
            subscribers: SubscriberPolicyKind(rawValue: policy) ?? .grandfather, isExplicit: true)
        var live = Fixture.matchingLive()
        // A second, monthly item beside the fee: the usage price, which stays monthly.
        let extra = LiveSubscriptionItem(id: "si_usage", priceID: "price_usage")
        var subscription = LiveSubscription(
            id: "sub_1", customerID: "cus_1", status: StripeEnum(.active),
            items: [LiveSubscriptionItem(id: "si_fee", priceID: "price_fee", quantity: 1)]
                + (items > 1 ? [extra] : []))
        subscription.billingMode = mode == "unknown" ? nil : StripeEnum(rawValue: mode)
        live.subscriptions = [subscription]
        let plan = Differ.diff(desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: live)
        let interval = plan.diagnostics.filter { $0.code == "plan.migration-interval" }
        switch expected {
        case "error"?: #expect(interval.map(\.severity) == [.error], "\(mode) \(policy) \(items)")
        case "warning"?: #expect(interval.map(\.severity) == [.warning], "\(mode) \(policy) \(items)")
        default: #expect(interval.isEmpty, "\(mode) \(policy) \(items)")
        }
        #expect(plan.actions(of: .migrate).count == 1)
    }

    @Test("an item moved to a metered price is sent without a quantity")
    func meteredTargetHasNoQuantity() throws {
        var fee = Fixture.feePrice
        fee.recurring = DesiredRecurring(interval: .month, usageType: .metered, meter: .meter("api_calls"))
        fee.onChange = DesiredOnChange(subscribers: .migrateNow, isExplicit: true)
        var live = Fixture.matchingLive()
        live.subscriptions = [
            LiveSubscription(
                id: "sub_1", customerID: "cus_1", status: StripeEnum(.active),
                items: [LiveSubscriptionItem(id: "si_1", priceID: "price_fee", quantity: 3)])
        ]
        let plan = Differ.diff(desired: Fixture.desired(prices: [Fixture.usagePrice, fee]), live: live)
        let migrate = try #require(plan.actions(of: .migrate).first)
        #expect(migrate.migration?.items.map(\.quantity) == [nil])
    }
}
