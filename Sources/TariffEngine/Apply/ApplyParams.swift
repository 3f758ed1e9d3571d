import Foundation
import TariffStripe
import TariffSupport

/// Builds the Stripe parameters of each step from the desired objects.
///
/// `resolve` turns an address (a meter, a price) into its live id; for the plan digest it returns
/// the address itself, so the digest does not depend on ids created while applying.
enum ApplyParams {
    typealias Resolve = (ResourceAddress) throws -> String

    static func meter(_ meter: DesiredMeter) -> MeterCreateParams {
        MeterCreateParams(
            displayName: meter.displayName, eventName: meter.eventName,
            formula: meter.formula,
            customerPayloadKey: meter.customerPayloadKey, valuePayloadKey: meter.valuePayloadKey,
            eventTimeWindow: meter.eventTimeWindow)
    }

    static func product(_ product: DesiredProduct) -> ProductCreateParams {
        ProductCreateParams(
            id: product.stripeID, name: product.name, description: product.description,
            active: product.active ? nil : false, metadata: product.metadata, taxCode: product.taxCode,
            unitLabel: product.unitLabel)
    }

    /// The whole product as an update, for a create that found the id already taken.
    static func productUpdate(_ product: DesiredProduct) -> ProductUpdateParams {
        ProductUpdateParams(
            name: product.name, description: product.description.map { .set($0) }, active: product.active,
            metadata: StripeMetadataPatch(set: product.metadata), taxCode: product.taxCode.map { .set($0) },
            unitLabel: product.unitLabel.map { .set($0) })
    }

    static func productUpdate(_ changes: ProductChanges) -> ProductUpdateParams {
        ProductUpdateParams(
            name: changes.name, description: changes.description.map(emptyable), active: changes.active,
            metadata: patch(changes.setMetadata, changes.removeMetadata),
            taxCode: changes.taxCode.map(emptyable), unitLabel: changes.unitLabel.map(emptyable))
    }

    /// A new price that takes the lookup key from whichever price holds it.
    static func price(_ price: DesiredPrice, productID: String, resolve: Resolve) throws -> PriceCreateParams
    {
        let amounts = price.amounts
        var params = PriceCreateParams(
            product: productID, currency: price.currency, lookupKey: price.lookupKey, transferLookupKey: true,
            nickname: price.nickname,
            taxBehavior: price.taxBehavior, metadata: price.metadata, active: price.active ? nil : false)
        switch amounts.billingScheme {
        case .tiered:
            params.billingScheme = .tiered
            params.tiersMode = amounts.tiersMode
            if let tiers = amounts.tiers { params.tiers = tiers.map(tier) }
        case .perUnit:
            if let unit = amounts.unitAmount {
                if let whole = exactInteger(unit) {
                    params.unitAmount = whole
                } else {
                    params.unitAmountDecimal = unit
                }
            }
        }
        if let transform = amounts.transformQuantity {
            params.transformQuantity = TransformQuantityParams(
                divideBy: transform.divideBy, round: transform.round)
        }
        if let recurring = price.recurring {
            params.recurring = PriceRecurringParams(
                interval: recurring.interval,
                intervalCount: recurring.intervalCount == 1 ? nil : recurring.intervalCount,
                usageType: recurring.usageType, meter: try recurring.meter.map(resolve))
        }
        params.currencyOptions = currencyOptions(
            price.currencyOptions, taxBehavior: price.currencyOptionTaxBehavior)
        return params
    }

    static func priceUpdate(_ changes: PriceChanges) -> PriceUpdateParams {
        PriceUpdateParams(
            active: changes.active, lookupKey: changes.lookupKey,
            transferLookupKey: changes.lookupKey == nil ? nil : true, nickname: changes.nickname,
            taxBehavior: changes.taxBehavior,
            metadata: patch(changes.setMetadata, changes.removeMetadata),
            currencyOptions: changes.currencyOptions.map { options in
                options.isEmpty
                    ? .clear : .set(currencyOptions(options, taxBehavior: changes.currencyOptionTaxBehavior))
            })
    }

    static func webhook(_ webhook: DesiredWebhook) -> WebhookEndpointCreateParams {
        WebhookEndpointCreateParams(
            url: webhook.url, enabledEvents: webhook.enabledEvents, description: webhook.description,
            metadata: webhook.metadata)
    }

    static func webhookUpdate(_ changes: WebhookChanges) -> WebhookEndpointUpdateParams {
        WebhookEndpointUpdateParams(
            url: changes.url, enabledEvents: changes.enabledEvents,
            description: changes.description.map(emptyable),
            metadata: patch(changes.setMetadata, changes.removeMetadata),
            disabled: changes.enable ? false : nil)
    }

    private static func currencyOptions(
        _ options: [String: DesiredAmounts], taxBehavior: [String: StripeTaxBehavior]
    ) -> [String: CurrencyOptionParams] {
        options.reduce(into: [:]) { result, entry in
            var option = CurrencyOptionParams(taxBehavior: taxBehavior[entry.key])
            if let tiers = entry.value.tiers {
                option.tiers = tiers.map(tier)
            } else if let unit = entry.value.unitAmount {
                if let whole = exactInteger(unit) {
                    option.unitAmount = whole
                } else {
                    option.unitAmountDecimal = unit
                }
            }
            result[entry.key] = option
        }
    }

    private static func tier(_ tier: PlanTier) -> PriceTierParams {
        var params = PriceTierParams(upTo: tier.upTo)
        if let unit = tier.unitAmount {
            if let whole = exactInteger(unit) {
                params.unitAmount = whole
            } else {
                params.unitAmountDecimal = unit
            }
        }
        if let flat = tier.flatAmount {
            if let whole = exactInteger(flat) {
                params.flatAmount = whole
            } else {
                params.flatAmountDecimal = flat
            }
        }
        return params
    }

    private static func patch(_ set: [String: String], _ remove: Set<String>) -> StripeMetadataPatch? {
        let patch = StripeMetadataPatch(set: set, remove: remove)
        return patch.isEmpty ? nil : patch
    }

    private static func emptyable(_ value: String?) -> StripeEmptyable<String> {
        value.map { .set($0) } ?? .clear
    }

    /// The amount as an `Int` when it is a whole number that fits, so Stripe gets `unit_amount`
    /// rather than `unit_amount_decimal` for ordinary prices.
    static func exactInteger(_ value: Decimal) -> Int? {
        MinorUnits(value).wholeNumber
    }
}
