import Foundation
import TariffDiagnostics

/// Rules for pricing models: tiers and currency options.
extension SemanticChecker {
    /// Tiers ascend strictly and end with exactly one `up_to: inf`; a tier's `flat_amount` is a
    /// whole number of minor units.
    mutating func checkPricing(_ pricing: Located<PricingModel>, _ what: String) {
        guard let tiers = pricing.value.tiers else { return }
        let label = "the \(pricing.value.keyword) tiers of \(what)"
        guard !tiers.isEmpty else {
            bag.error(
                "price.no-tiers", "\(label) are empty; add at least one tier ending with 'up_to: inf'",
                at: pricing.range)
            return
        }
        var previous: (bound: Int, range: SourceRange?)?
        for (index, tier) in tiers.enumerated() {
            let isLast = index == tiers.count - 1
            if let flat = tier.flatAmount { checkWholeFlatAmount(flat, tier: index + 1, label) }
            guard let bound = tier.upTo.value else {
                if !isLast {
                    bag.error(
                        "price.inf-tier-not-last",
                        "tier \(index + 1) of \(label) is open-ended ('up_to: inf'), but only the last tier may be",
                        at: tier.upTo.range)
                }
                continue
            }
            if let previous, bound <= previous.bound {
                bag.error(
                    "price.tiers-unordered",
                    "tier \(index + 1) of \(label) ends at \(bound), which does not come after the previous "
                        + "tier's \(previous.bound); tiers must ascend",
                    at: tier.upTo.range,
                    notes: [DiagnosticNote("previous tier ends here", at: previous.range)])
            }
            previous = (bound, tier.upTo.range)
            if isLast {
                bag.error(
                    "price.missing-inf-tier",
                    "the last tier of \(label) ends at \(bound); the last tier must be 'up_to: inf' so every quantity is priced",
                    at: tier.upTo.range, fixIt: "inf")
            }
        }
    }

    /// Stripe documents a tier's `flat_amount_decimal` as a decimal that represents a whole number
    /// of minor units (it takes no sub-cent flat fee), so `"0.5"` is refused here rather than by Stripe.
    mutating func checkWholeFlatAmount(_ flat: Located<Decimal>, tier: Int, _ label: String) {
        var value = flat.value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        guard rounded != flat.value else { return }
        bag.error(
            "price.fractional-flat-amount",
            "the flat_amount of tier \(tier) of \(label) is \(flat.value) minor units; a tier's flat amount "
                + "must be a whole number of minor units (Stripe takes no fraction of the smallest unit)",
            at: flat.range, fixIt: "\(rounded)")
    }

    /// Each option has a supported currency other than the price's own, and the same kind of
    /// pricing model (with the same package size and rounding, which Stripe shares across currencies).
    mutating func checkCurrencyOptions(_ price: Price, _ what: String) {
        for option in price.currencyOptions {
            let label = "currency option '\(option.currency.value.quotedForMessage)' of \(what)"
            checkCurrency(option.currency, what)
            if option.currency.value == price.currency.value {
                bag.error(
                    "price.currency-option-duplicates-currency",
                    "\(label) repeats the price's own currency", at: option.currency.range)
            }
            let base = price.pricing.value
            let own = option.pricing.value
            if base.keyword != own.keyword {
                bag.error(
                    "price.currency-option-model-mismatch",
                    "\(label) uses '\(own.keyword)', but the price uses '\(base.keyword)'; every currency "
                        + "of a price has the same pricing model",
                    at: option.pricing.range)
                continue
            }
            if case .package(let basePackage) = base, case .package(let package) = own,
                basePackage.size.value != package.size.value || basePackage.round.value != package.round.value
            {
                bag.error(
                    "price.currency-option-package-mismatch",
                    "\(label) has a different package size or rounding than the price; only the amount may differ",
                    at: option.pricing.range)
            }
            checkPricing(option.pricing, label)
        }
    }
}
