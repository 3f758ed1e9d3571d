import Foundation

// Spelling Stripe amounts as plan values (money with its currency and basis).

/// The per-unit (or flat, or per-package) amount of a non-tiered price.
func amountValue(
    _ amounts: DesiredAmounts, currency: String, recurring interval: String?, count: Int, metered: Bool
) -> PlanValue? {
    guard let unitAmount = amounts.unitAmount else { return nil }
    let basis: AmountBasis
    if let transform = amounts.transformQuantity {
        basis = .package(size: transform.divideBy)
    } else if metered {
        basis = .unit
    } else {
        basis = .period(interval: interval, count: count)
    }
    return .amount(PlanAmount(minorUnits: unitAmount, currency: currency, basis: basis))
}

/// The tiers of a tiered price, with absent amounts read as zero (Stripe answers `null` for an
/// amount a tier does not set, and the YAML may leave it out).
func tiersValue(_ amounts: DesiredAmounts, currency: String) -> PlanValue? {
    guard let tiers = amounts.tiers, let mode = amounts.tiersMode else { return nil }
    let normalised = tiers.map {
        PlanTier(upTo: $0.upTo, unitAmount: $0.unitAmount ?? 0, flatAmount: $0.flatAmount ?? 0)
    }
    return .tiers(PlanTiers(mode: mode, currency: currency, tiers: normalised))
}

/// One `currency_options` entry as a value: its amount or its tiers.
func optionValue(_ amounts: DesiredAmounts, currency: String, price: DesiredPrice) -> PlanValue? {
    if amounts.tiers != nil {
        var withMode = amounts
        withMode.tiersMode = withMode.tiersMode ?? price.amounts.tiersMode
        return tiersValue(withMode, currency: currency)
    }
    var withTransform = amounts
    withTransform.transformQuantity = price.amounts.transformQuantity
    return amountValue(
        withTransform, currency: currency, recurring: price.recurring?.interval,
        count: price.recurring?.intervalCount ?? 1, metered: price.recurring?.usageType == "metered")
}
