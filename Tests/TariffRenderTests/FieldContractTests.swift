import Foundation
@testable import TariffEngine
import TariffRender
import TariffStripe
import Testing

/// The plan/apply contract, per resource and driven from its field enum: every field the diff can
/// change is sent by apply, and the rendered rows (text, markdown, JSON) are those same typed
/// changes. A field added to an enum without a diff, apply or render path fails here.
@Suite("Field contract: diff → apply → rows")
struct FieldContractTests {
    // MARK: Prices

    @Test(arguments: PriceField.samples)
    func everyPriceFieldIsSentAndShown(field: PriceField) throws {
        var desired = Contract.desired()
        var live = Contract.live()
        Contract.provoke(field, desired: &desired, live: &live)
        let plan = Differ.diff(desired: desired, live: live)
        let action = try #require(
            plan.actions.first { $0.resource == .price && $0.changes.contains { $0.field == .price(field) } },
            "no price action changes \(field.path)")
        let sent = Contract.sent(plan, at: action.address)
        let expected = Contract.parameter(field)
        #expect(sent.contains { $0.key.hasPrefix(expected) }, "\(field.path): \(expected) not in \(sent)")
        try Contract.expectRows(of: action, in: plan)
    }

    // MARK: Products

    @Test(arguments: ProductField.samples)
    func everyProductFieldIsSentAndShown(field: ProductField) throws {
        var desired = Contract.desired()
        var live = Contract.live()
        switch field {
        case .id: live.products = []
        case .name: live.products[0].name = "Old name"
        case .description: live.products[0].description = "Old description"
        case .active: live.products[0].active = false
        case .taxCode: desired.products[0].taxCode = "txcd_10000000"
        case .unitLabel: desired.products[0].unitLabel = "seat"
        case .defaultPrice: live.products[0].defaultPriceID = nil
        case .metadata(let key): desired.products[0].metadata[key] = "billing"
        }
        let plan = Differ.diff(desired: desired, live: live)
        let action = try #require(
            plan.actions.first {
                $0.resource == .product && $0.changes.contains { $0.field == .product(field) }
            },
            "no product action changes \(field.path)")
        let sent = Contract.sent(plan, at: action.address)
        let expected: String =
            switch field {
            case .id: "id"
            case .name: "name"
            case .description: "description"
            case .active: "active"
            case .taxCode: "tax_code"
            case .unitLabel: "unit_label"
            case .defaultPrice: "default_price"
            case .metadata(let key): "metadata[\(key)]"
            }
        #expect(sent.contains { $0.key.hasPrefix(expected) }, "\(field.path): \(expected) not in \(sent)")
        try Contract.expectRows(of: action, in: plan)
    }

    // MARK: Meters

    @Test(arguments: MeterField.allCases)
    func everyMeterFieldIsSentAndShown(field: MeterField) throws {
        var desired = Contract.desired()
        var live = Contract.live()
        switch field {
        case .displayName: live.meters[0].displayName = "Old name"
        case .eventName: desired.meters[0].eventName = "api_calls_v2"
        case .formula: live.meters[0].formula = StripeEnum(.last)
        case .customerPayloadKey: live.meters[0].customerPayloadKey = "customer"
        case .valuePayloadKey: live.meters[0].valuePayloadKey = "amount"
        case .status: live.meters[0].status = StripeEnum(.inactive)
        case .eventTimeWindow:
            // Create-only and never a reason to replace: a new meter shows and sends it.
            desired.meters[0].eventTimeWindow = .hour
            live.meters = []
        }
        let plan = Differ.diff(desired: desired, live: live)
        let action = try #require(
            plan.actions.first { $0.resource == .meter && $0.changes.contains { $0.field == .meter(field) } },
            "no meter action changes \(field.path)")
        let sent = Contract.sent(plan, at: action.address)
        let expected: String =
            switch field {
            case .displayName: "display_name"
            case .eventName: "event_name"
            case .formula: "default_aggregation[formula]"
            case .customerPayloadKey: "customer_mapping[event_payload_key]"
            case .valuePayloadKey: "value_settings[event_payload_key]"
            case .status: Contract.reactivate
            case .eventTimeWindow: "event_time_window"
            }
        #expect(sent.contains { $0.key.hasPrefix(expected) }, "\(field.path): \(expected) not in \(sent)")
        try Contract.expectRows(of: action, in: plan)
    }

    // MARK: Webhook endpoints

    @Test(arguments: WebhookField.samples)
    func everyWebhookFieldIsSentAndShown(field: WebhookField) throws {
        var desired = Contract.desired()
        var live = Contract.live()
        switch field {
        case .url: live.webhooks[0].url = "https://old.example.com/stripe"
        case .enabledEvents: live.webhooks[0].enabledEvents = ["invoice.paid"]
        case .description: desired.webhook?.description = "Billing events"
        case .status: live.webhooks[0].status = StripeEnum(.disabled)
        case .metadata(let key): desired.webhook?.metadata[key] = "billing"
        }
        let plan = Differ.diff(desired: desired, live: live)
        let action = try #require(
            plan.actions.first {
                $0.resource == .webhookEndpoint && $0.changes.contains { $0.field == .webhook(field) }
            },
            "no webhook action changes \(field.path)")
        let sent = Contract.sent(plan, at: action.address)
        let expected: String =
            switch field {
            case .url: "url"
            case .enabledEvents: "enabled_events"
            case .description: "description"
            case .status: "disabled"
            case .metadata(let key): "metadata[\(key)]"
            }
        #expect(sent.contains { $0.key.hasPrefix(expected) }, "\(field.path): \(expected) not in \(sent)")
        try Contract.expectRows(of: action, in: plan)
    }
}

/// A catalog for the contract tests: one meter, one product with a licensed and a metered price,
/// a webhook, and a live account matching it.
enum Contract {
    static let reactivate = "(POST reactivate)"
    static let markers = OwnershipMarker.metadata(key: "api", namespace: nil)

    static func desired() -> DesiredState {
        let seat = DesiredPrice(
            key: "seat", productKey: "api", lookupKey: "seat", nickname: "Seat", currency: "usd",
            recurring: DesiredRecurring(interval: .month, usageType: .licensed),
            amounts: DesiredAmounts(billingScheme: .perUnit, unitAmount: 4900),
            metadata: OwnershipMarker.metadata(key: "api.seat", namespace: nil))
        let calls = DesiredPrice(
            key: "calls", productKey: "api", lookupKey: "calls", currency: "usd",
            recurring: DesiredRecurring(interval: .month, usageType: .metered, meter: .meter("calls")),
            amounts: DesiredAmounts(
                billingScheme: .tiered, tiersMode: .graduated,
                tiers: [
                    PlanTier(upTo: 1000, unitAmount: 0, flatAmount: nil),
                    PlanTier(upTo: nil, unitAmount: 2, flatAmount: nil),
                ]),
            metadata: OwnershipMarker.metadata(key: "api.calls", namespace: nil))
        return DesiredState(
            meters: [DesiredMeter(key: "calls", displayName: "Calls", eventName: "api_calls", formula: .sum)],
            products: [
                DesiredProduct(
                    key: "api", name: "API", description: "The API", metadata: markers,
                    defaultPrice: seat.address)
            ],
            prices: [seat, calls],
            webhook: DesiredWebhook(
                url: "https://hooks.example.com/stripe",
                enabledEvents: ["invoice.paid", "invoice.created"].sorted(),
                metadata: OwnershipMarker.metadata(key: OwnershipMarker.webhookKey, namespace: nil)))
    }

    static func live() -> LiveState {
        let state = desired()
        return LiveState(
            account: LiveAccount(id: "acct_contract", livemode: false),
            products: [
                LiveProduct(
                    id: "api", name: "API", description: "The API", metadata: markers,
                    defaultPriceID: "price_seat")
            ],
            prices: [
                LivePrice(
                    id: "price_seat", productID: "api", currency: "usd",
                    amounts: LiveAmounts(state.prices[0].amounts),
                    recurring: LiveRecurring(interval: StripeEnum(.month), usageType: StripeEnum(.licensed)),
                    lookupKey: "seat", nickname: "Seat", metadata: state.prices[0].metadata),
                LivePrice(
                    id: "price_calls", productID: "api", currency: "usd",
                    amounts: LiveAmounts(state.prices[1].amounts),
                    recurring: LiveRecurring(
                        interval: StripeEnum(.month), usageType: StripeEnum(.metered), meterID: "mtr_calls"),
                    lookupKey: "calls", metadata: state.prices[1].metadata),
            ],
            meters: [
                LiveMeter(
                    id: "mtr_calls", displayName: "Calls", eventName: "api_calls", formula: StripeEnum(.sum))
            ],
            webhooks: [
                LiveWebhook(
                    id: "we_1", url: "https://hooks.example.com/stripe",
                    enabledEvents: ["invoice.created", "invoice.paid"],
                    metadata: state.webhook?.metadata ?? [:])
            ])
    }

    /// Changes one side so that the diff finds `field` different on a price.
    static func provoke(_ field: PriceField, desired: inout DesiredState, live: inout LiveState) {
        switch field {
        case .product: live.prices[0].productID = "prod_elsewhere"
        case .currency: live.prices[0].currency = "eur"
        case .billingScheme:
            live.prices[1].amounts = LiveAmounts(billingScheme: StripeEnum(.perUnit), unitAmount: 2)
        case .unitAmount: live.prices[0].amounts.unitAmount = 3900
        case .tiersMode: live.prices[1].amounts.tiersMode = StripeEnum(.volume)
        case .tiers: live.prices[1].amounts.tiers?[1].unitAmount = 3
        case .transformQuantityDivideBy:
            desired.prices[0].amounts.transformQuantity = DesiredTransformQuantity(divideBy: 10, round: .up)
        case .transformQuantityRound:
            desired.prices[0].amounts.transformQuantity = DesiredTransformQuantity(divideBy: 10, round: .down)
            live.prices[0].amounts.transformQuantity = LiveTransformQuantity(
                divideBy: 10, round: StripeEnum(.up))
        case .recurringInterval: live.prices[0].recurring?.interval = StripeEnum(.year)
        case .recurringIntervalCount: desired.prices[0].recurring?.intervalCount = 3
        case .recurringUsageType: live.prices[1].recurring?.usageType = StripeEnum(.licensed)
        case .recurringMeter: live.prices[1].recurring?.meterID = "mtr_other"
        case .taxBehavior: desired.prices[0].taxBehavior = .exclusive
        case .lookupKey: live.prices[0].lookupKey = nil
        case .nickname: live.prices[0].nickname = "Old seat"
        case .active: live.prices[0].active = false
        case .currencyOption(let currency):
            desired.prices[0].currencyOptions[currency] = DesiredAmounts(
                billingScheme: .perUnit, unitAmount: 4500)
        case .currencyOptionTaxBehavior(let currency):
            desired.prices[0].currencyOptions[currency] = DesiredAmounts(
                billingScheme: .perUnit, unitAmount: 4500)
            desired.prices[0].currencyOptionTaxBehavior[currency] = .exclusive
            live.prices[0].currencyOptions[currency] = LiveAmounts(
                billingScheme: StripeEnum(.perUnit), unitAmount: 4500)
        case .metadata(let key): desired.prices[0].metadata[key] = "billing"
        }
    }

    /// The Stripe parameter (a prefix of the form key) that sends a price field.
    static func parameter(_ field: PriceField) -> String {
        switch field {
        case .product: "product"
        case .currency: "currency"
        case .billingScheme: "billing_scheme"
        case .unitAmount: "unit_amount"
        case .tiersMode: "tiers_mode"
        case .tiers: "tiers[0]"
        case .transformQuantityDivideBy: "transform_quantity[divide_by]"
        case .transformQuantityRound: "transform_quantity[round]"
        case .recurringInterval: "recurring[interval]"
        case .recurringIntervalCount: "recurring[interval_count]"
        case .recurringUsageType: "recurring[usage_type]"
        case .recurringMeter: "recurring[meter]"
        case .taxBehavior: "tax_behavior"
        case .lookupKey: "lookup_key"
        case .nickname: "nickname"
        case .active: "active"
        case .currencyOption(let currency): "currency_options[\(currency)]"
        case .currencyOptionTaxBehavior(let currency): "currency_options[\(currency)][tax_behavior]"
        case .metadata(let key): "metadata[\(key)]"
        }
    }

    /// Every form pair apply would send for the steps of the object at `address`.
    static func sent(_ plan: Plan, at address: ResourceAddress) -> [(key: String, value: String)] {
        let resolve: ApplyParams.Resolve = { $0.path }
        var pairs: [(key: String, value: String)] = []
        for step in ApplyStepBuilder.steps(for: plan) where step.address == address {
            switch step.operation {
            case .createMeter(let meter): pairs += ApplyParams.meter(meter).stripeForm.pairs
            case .updateMeter(_, let name, let reactivate):
                if let name { pairs.append((key: "display_name", value: name)) }
                if reactivate { pairs.append((key: Self.reactivate, value: "")) }
            case .createProduct(let product): pairs += ApplyParams.product(product).stripeForm.pairs
            case .updateProduct(_, let changes): pairs += ApplyParams.productUpdate(changes).stripeForm.pairs
            case .setDefaultPrice(_, _, let price):
                pairs.append((key: "default_price", value: price?.path ?? ""))
            case .createPrice(let price, _):
                if let form = try? ApplyParams.price(price, productID: price.productKey, resolve: resolve) {
                    pairs += form.stripeForm.pairs
                }
            case .updatePrice(_, let changes): pairs += ApplyParams.priceUpdate(changes).stripeForm.pairs
            case .createWebhook(let webhook): pairs += ApplyParams.webhook(webhook).stripeForm.pairs
            case .updateWebhook(_, let changes): pairs += ApplyParams.webhookUpdate(changes).stripeForm.pairs
            case .migrateNow(_, _, let to, _): pairs.append((key: "price", value: to.path))
            case .deactivateMeter, .archiveProduct, .archivePrice, .disableWebhook, .migrateAtPeriodEnd: break
            }
        }
        return pairs
    }

    /// The action's rows in every format are its typed changes: one text and markdown row per
    /// change, and the JSON `changes[].field` in the same order.
    static func expectRows(of action: PlanAction, in plan: Plan) throws {
        let paths = action.changes.map(\.field.path)
        let json = PlanDocumentV1(plan).actions.first {
            $0.address == action.address.path && $0.kind == action.kind.rawValue
        }
        #expect(json?.changes.map(\.field) == paths)
        let text = try PlanFormat.text.render(plan)
        let markdown = try PlanFormat.markdown.render(plan)
        for path in paths {
            #expect(text.contains(path), "text plan lacks \(path)")
            #expect(markdown.contains("`\(path)`"), "markdown plan lacks \(path)")
        }
    }
}
