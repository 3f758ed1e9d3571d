import Foundation
package import TariffConfig
import TariffDiagnostics
package import TariffStripe

/// Compiles a checked `Config` into the Stripe objects it declares (DESIGN.md §2–§3).
///
/// Pure: no I/O. Meters get their Stripe aggregation from the metric; products and prices get the
/// ownership markers on top of the user's metadata; a price's meter is referenced by address and
/// resolved to an id only by the diff (it may not exist yet).
package enum DesiredStateCompiler {
    /// The desired state of `config`.
    package static func compile(_ config: Config) -> DesiredState {
        let namespace = config.stripe.namespace?.value
        var state = DesiredState(
            namespace: namespace,
            meters: config.meters.map { meter($0, window: config.usage?.window.value) },
            products: config.products.map { product($0, namespace: namespace) },
            prices: config.products.flatMap { product in
                product.prices.map { price($0, namespace: namespace) }
            },
            webhook: config.stripe.webhook.map { webhook($0, namespace: namespace) },
            expectedMode: config.stripe.mode.value == .live ? .live : .test,
            expectedAccount: config.stripe.account?.value,
            idMapping: DesiredIDMapping(
                companyField: config.idMapping.companyID.value,
                missingIsError: config.idMapping.onMissing.value == .error,
                range: config.idMapping.companyID.range ?? config.idMapping.range))
        state.modeRange = config.stripe.mode.range ?? config.stripe.range
        state.accountRange = config.stripe.account?.range
        return state
    }

    /// Stripe's `default_aggregation.formula` for a metric: per-window amounts are summed,
    /// period-to-date values (unique counts, maxima, last values) keep the last report.
    package static func formula(for aggregate: MetricAggregate) -> StripeMeterFormula {
        switch aggregate {
        case .count, .sum: .sum
        case .uniqueCount, .max, .last: .last
        }
    }

    static func interval(_ interval: BillingInterval) -> StripePriceInterval {
        switch interval {
        case .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }

    static func taxBehavior(_ behavior: TaxBehavior) -> StripeTaxBehavior {
        switch behavior {
        case .exclusive: .exclusive
        case .inclusive: .inclusive
        case .unspecified: .unspecified
        }
    }

    static func proration(_ behavior: ProrationBehavior) -> StripeProrationBehavior {
        switch behavior {
        case .none: .noProrations
        case .createProrations: .createProrations
        case .alwaysInvoice: .alwaysInvoice
        }
    }

    static func subscribers(_ policy: SubscriberPolicy) -> SubscriberPolicyKind {
        switch policy {
        case .grandfather: .grandfather
        case .migrateNow: .migrateNow
        case .migrateAtPeriodEnd: .migrateAtPeriodEnd
        }
    }

    static func rounding(_ rounding: PackageRounding) -> StripeRounding {
        switch rounding {
        case .up: .up
        case .down: .down
        }
    }

    /// A meter; `window` is the config's `usage.window`, the new meter's `event_time_window`.
    static func meter(_ meter: Meter, window: UsageWindow? = nil) -> DesiredMeter {
        var desired = DesiredMeter(
            key: meter.key, displayName: meter.displayName.value, eventName: meter.eventName.value,
            formula: formula(for: meter.metric.aggregate.value), range: meter.range)
        desired.eventTimeWindow = window.map(eventTimeWindow)
        return desired
    }

    static func eventTimeWindow(_ window: UsageWindow) -> StripeEventTimeWindow {
        switch window {
        case .hour: .hour
        case .day: .day
        }
    }

    static func product(_ product: Product, namespace: String?) -> DesiredProduct {
        var ranges: [String: SourceRange] = [:]
        ranges["name"] = product.name.range
        ranges["description"] = product.description?.range
        ranges["active"] = product.active.range
        ranges["tax_code"] = product.taxCode?.range
        ranges["unit_label"] = product.unitLabel?.range
        ranges["default_price"] = product.defaultPrice?.range
        ranges["protected"] = product.protected.range
        for entry in product.metadata.entries { ranges["metadata.\(entry.key.value)"] = entry.value.range }
        var metadata = product.metadata.dictionary
        metadata.merge(OwnershipMarker.metadata(key: product.key, namespace: namespace)) { _, marker in marker
        }
        return DesiredProduct(
            key: product.key, name: product.name.value, description: product.description?.value,
            metadata: metadata, active: product.active.value, taxCode: product.taxCode?.value,
            unitLabel: product.unitLabel?.value,
            defaultPrice: product.defaultPrice.map { .price(product: product.key, price: $0.value) },
            protected: product.protected.value, range: product.range, fieldRanges: ranges,
            stripeID: product.productID)
    }

    static func price(_ price: Price, namespace: String?) -> DesiredPrice {
        var ranges: [String: SourceRange] = [:]
        ranges["nickname"] = price.nickname?.range
        ranges["currency"] = price.currency.range
        ranges["recurring.interval"] = price.interval?.range
        ranges["recurring.interval_count"] = price.intervalCount.range ?? price.interval?.range
        ranges["recurring.usage_type"] = price.meter?.range ?? price.interval?.range
        ranges["recurring.meter"] = price.meter?.range
        for field in ["unit_amount", "billing_scheme", "tiers", "tiers_mode", "transform_quantity"] {
            ranges[field] = price.pricing.range
        }
        ranges["tax_behavior"] = price.taxBehavior?.range
        ranges["lookup_key"] = price.lookupKey.range
        ranges["active"] = price.active.range
        ranges["protected"] = price.protected.range
        ranges["on_change"] = price.onChange.range
        for entry in price.metadata.entries { ranges["metadata.\(entry.key.value)"] = entry.value.range }
        var options: [String: DesiredAmounts] = [:]
        var optionTax: [String: StripeTaxBehavior] = [:]
        for option in price.currencyOptions {
            options[option.currency.value] = amounts(option.pricing.value)
            optionTax[option.currency.value] = option.taxBehavior.map { taxBehavior($0.value) }
            ranges["currency_options.\(option.currency.value)"] = option.range
        }
        var metadata = price.metadata.dictionary
        let marker = OwnershipMarker.priceKey(product: price.productKey, price: price.key)
        metadata.merge(OwnershipMarker.metadata(key: marker, namespace: namespace)) { _, marker in marker }
        let recurring = price.interval.map {
            DesiredRecurring(
                interval: interval($0.value), intervalCount: price.intervalCount.value,
                usageType: price.isMetered ? .metered : .licensed,
                meter: price.meter.map { .meter($0.value) })
        }
        return DesiredPrice(
            key: price.key, productKey: price.productKey, lookupKey: price.lookupKey.value,
            nickname: price.nickname?.value, currency: price.currency.value, recurring: recurring,
            amounts: amounts(price.pricing.value), currencyOptions: options,
            currencyOptionTaxBehavior: optionTax,
            taxBehavior: price.taxBehavior.map { taxBehavior($0.value) },
            metadata: metadata, active: price.active.value, protected: price.protected.value,
            onChange: DesiredOnChange(
                subscribers: subscribers(price.onChange.subscribers.value),
                proration: proration(price.onChange.proration.value),
                isExplicit: price.onChange.subscribers.isExplicit, range: price.onChange.range),
            range: price.range, fieldRanges: ranges)
    }

    /// Stripe's fields for a pricing model.
    static func amounts(_ model: PricingModel) -> DesiredAmounts {
        switch model {
        case .flat(let amount), .perUnit(let amount):
            return DesiredAmounts(billingScheme: .perUnit, unitAmount: amount.value)
        case .graduated(let tiers):
            return DesiredAmounts(billingScheme: .tiered, tiersMode: .graduated, tiers: tiers.map(tier))
        case .volume(let tiers):
            return DesiredAmounts(billingScheme: .tiered, tiersMode: .volume, tiers: tiers.map(tier))
        case .package(let package):
            return DesiredAmounts(
                billingScheme: .perUnit, unitAmount: package.amount.value,
                transformQuantity: DesiredTransformQuantity(
                    divideBy: package.size.value, round: rounding(package.round.value)))
        }
    }

    static func tier(_ tier: Tier) -> PlanTier {
        PlanTier(
            upTo: tier.upTo.value, unitAmount: tier.unitAmount?.value, flatAmount: tier.flatAmount?.value)
    }

    static func webhook(_ webhook: Webhook, namespace: String?) -> DesiredWebhook {
        var ranges: [String: SourceRange] = [:]
        ranges["url"] = webhook.url.range
        ranges["enabled_events"] = webhook.events.first?.range
        ranges["description"] = webhook.description?.range
        return DesiredWebhook(
            url: webhook.url.value, enabledEvents: webhook.enabledEvents.sorted(),
            description: webhook.description?.value,
            metadata: OwnershipMarker.metadata(key: OwnershipMarker.webhookKey, namespace: namespace),
            range: webhook.range, fieldRanges: ranges)
    }
}
