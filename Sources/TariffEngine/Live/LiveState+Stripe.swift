import Foundation
package import TariffStripe

// Conversions from the Stripe client's DTOs into the diff's plain values.

extension LiveAccount {
    /// The account, with the mode from `livemode` (absent on some answers: then from the key).
    package init(_ account: StripeAccount, keyIsLive: Bool) {
        self.init(id: account.id, livemode: account.livemode ?? keyIsLive)
    }

    /// The account as far as a restricted key can tell: its mode, from the key; no id.
    package static func unreadable(keyIsLive: Bool) -> LiveAccount {
        LiveAccount(id: nil, livemode: keyIsLive)
    }
}

extension LiveProduct {
    package init(_ product: StripeProduct) {
        self.init(
            id: product.id, name: product.name, description: product.description, active: product.active,
            metadata: product.metadata, defaultPriceID: product.defaultPrice?.id, taxCode: product.taxCode,
            unitLabel: product.unitLabel, created: product.created)
    }
}

extension LivePrice {
    package init(_ price: StripePrice) {
        let recurring = price.recurring.map {
            LiveRecurring(
                interval: $0.interval, intervalCount: $0.intervalCount, usageType: $0.usageType,
                meterID: $0.meter)
        }
        var options: [String: LiveAmounts] = [:]
        var optionTax: [String: StripeEnum<StripeTaxBehavior>] = [:]
        for (currency, option) in price.currencyOptions ?? [:] where currency != price.currency {
            options[currency] = LiveAmounts(
                billingScheme: price.billingScheme,
                unitAmount: option.tiers == nil
                    ? (option.unitAmountDecimal ?? option.unitAmount.map { Decimal($0) }) : nil,
                tiersMode: option.tiers == nil ? nil : price.tiersMode,
                tiers: option.tiers.map(Self.tiers),
                transformQuantity: nil)
            if let tax = option.taxBehavior { optionTax[currency] = tax }
        }
        self.init(
            id: price.id, productID: price.product.id, active: price.active, currency: price.currency,
            amounts: LiveAmounts(
                billingScheme: price.billingScheme,
                unitAmount: price.unitAmountDecimal ?? price.unitAmount.map { Decimal($0) },
                tiersMode: price.tiersMode, tiers: price.tiers.map(Self.tiers),
                transformQuantity: price.transformQuantity.map {
                    LiveTransformQuantity(divideBy: $0.divideBy, round: $0.round)
                }),
            recurring: recurring, currencyOptions: options, currencyOptionTaxBehavior: optionTax,
            lookupKey: price.lookupKey, nickname: price.nickname, taxBehavior: price.taxBehavior,
            metadata: price.metadata, created: price.created)
    }

    /// Tiers with each amount taken from its decimal spelling when Stripe sent one.
    static func tiers(_ tiers: [StripePriceTier]) -> [PlanTier] {
        tiers.map {
            PlanTier(
                upTo: $0.upTo, unitAmount: $0.unitAmountDecimal ?? $0.unitAmount.map { Decimal($0) },
                flatAmount: $0.flatAmountDecimal ?? $0.flatAmount.map { Decimal($0) })
        }
    }
}

extension LiveMeter {
    package init(_ meter: StripeMeter) {
        self.init(
            id: meter.id, displayName: meter.displayName, eventName: meter.eventName,
            status: meter.status, formula: meter.formula, customerPayloadKey: meter.customerPayloadKey,
            valuePayloadKey: meter.valuePayloadKey, created: meter.created)
        eventTimeWindow = meter.eventTimeWindow
    }
}

extension LiveWebhook {
    package init(_ endpoint: StripeWebhookEndpoint) {
        self.init(
            id: endpoint.id, url: endpoint.url, enabledEvents: endpoint.enabledEvents.sorted(),
            description: endpoint.description, status: endpoint.status, metadata: endpoint.metadata,
            created: endpoint.created)
    }
}

extension LiveSubscription {
    /// `items` are the embedded ones unless `allItems` (paged separately) is given.
    package init(_ subscription: StripeSubscription, allItems: [StripeSubscriptionItem]? = nil) {
        let customerMetadata = subscription.customer.object?.metadata
        self.init(
            id: subscription.id, customerID: subscription.customer.id, status: subscription.status,
            items: (allItems ?? subscription.items.data).map {
                LiveSubscriptionItem(id: $0.id, priceID: $0.price.id, quantity: $0.quantity)
            },
            hasSchedule: subscription.schedule != nil, customerMetadata: customerMetadata)
        currency = subscription.currency?.lowercased()
        billingMode = subscription.billingMode
    }
}
