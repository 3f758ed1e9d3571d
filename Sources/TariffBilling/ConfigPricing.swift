package import Foundation
package import TariffBillingPricing
package import TariffConfig

/// The config's prices seen by the pricing math: what `tariff revenue` charges usage with and
/// how it normalises licensed prices to a month.
extension PriceScheme {
    /// The scheme of a config pricing model: `flat` and `per_unit` are per-unit amounts,
    /// `package` a per-unit amount on a transformed quantity, `graduated` and `volume` tiers.
    package init(_ model: PricingModel) {
        switch model {
        case .flat(let amount), .perUnit(let amount):
            self = .perUnit(unitAmount: amount.value, transform: nil)
        case .package(let package):
            let round: QuantityTransform.Rounding = package.round.value == .down ? .down : .up
            self = .perUnit(
                unitAmount: package.amount.value,
                transform: QuantityTransform(divideBy: package.size.value, round: round))
        case .graduated(let tiers):
            self = .tiered(.graduated, tiers.map(PriceTier.init))
        case .volume(let tiers):
            self = .tiered(.volume, tiers.map(PriceTier.init))
        }
    }
}

extension PriceTier {
    /// A config tier; a missing amount is zero, as on Stripe.
    package init(_ tier: Tier) {
        self.init(
            upTo: tier.upTo.value, unitAmount: tier.unitAmount?.value ?? 0,
            flatAmount: tier.flatAmount?.value ?? 0)
    }
}

extension Price {
    /// The price's scheme in `currency`: its own model, or that of its currency option; nil for
    /// a currency the price is not offered in.
    package func scheme(in currency: String) -> PriceScheme? {
        if currency == self.currency.value { return PriceScheme(pricing.value) }
        return currencyOptions.first { $0.currency.value == currency }.map { PriceScheme($0.pricing.value) }
    }

    /// The billing period of a recurring price; nil for a one-time price.
    package var recurringPeriod: RecurringPeriod? {
        guard let interval = interval?.value, let unit = RecurringPeriod.Interval(rawValue: interval.rawValue)
        else { return nil }
        return RecurringPeriod(unit, count: intervalCount.value)
    }

    /// Monthly recurring revenue of `quantity` of this price in `currency`: nil unless the price
    /// is licensed and recurring (metered prices are not part of MRR, as in Stripe's definition)
    /// and offered in `currency`.
    package func monthlyRecurring(quantity: Int, currency: String) -> Decimal? {
        guard !isMetered, let period = recurringPeriod, let scheme = scheme(in: currency) else { return nil }
        return MonthlyRecurring.of(scheme, quantity: quantity, every: period)
    }
}
