import Foundation
import TariffStripe

// Spelling Stripe amounts as plan values (money with its currency and basis), from declared and
// live amounts alike, so the two compare as the plan shows them.

/// The amount fields a plan value shows, shared by ``DesiredAmounts`` and ``LiveAmounts``.
protocol PriceAmounts {
    var unitAmount: Decimal? { get }
    var tiers: [PlanTier]? { get }
    /// Stripe's spelling of `tiers_mode`, when tiered.
    var tiersModeText: String? { get }
}

extension DesiredAmounts: PriceAmounts {
    var tiersModeText: String? { tiersMode?.rawValue }
}

extension LiveAmounts: PriceAmounts {
    var tiersModeText: String? { tiersMode?.rawValue }
}

/// What a price's amounts are charged per: its interval, and whether it is metered.
struct AmountContext {
    var currency: String
    /// Stripe's spelling of the interval; `nil` for a one-time price.
    var interval: String?
    var intervalCount: Int
    var metered: Bool
    /// Package pricing's block size (`transform_quantity.divide_by`), which currency options share.
    var packageSize: Int?

    init(_ price: DesiredPrice) {
        currency = price.currency
        interval = price.recurring?.interval.rawValue
        intervalCount = price.recurring?.intervalCount ?? 1
        metered = price.recurring?.usageType == .metered
        packageSize = price.amounts.transformQuantity?.divideBy
    }

    init(_ price: LivePrice) {
        currency = price.currency
        interval = price.recurring?.interval.rawValue
        intervalCount = price.recurring?.intervalCount ?? 1
        metered = price.recurring?.usageType == .metered
        packageSize = price.amounts.transformQuantity?.divideBy
    }
}

/// The per-unit (or flat, or per-package) amount of a non-tiered price.
func amountValue(_ amounts: some PriceAmounts, _ context: AmountContext) -> PlanValue? {
    guard let unitAmount = amounts.unitAmount else { return nil }
    let basis: AmountBasis
    if let size = context.packageSize {
        basis = .package(size: size)
    } else if context.metered {
        basis = .unit
    } else {
        basis = .period(interval: context.interval, count: context.intervalCount)
    }
    return .amount(PlanAmount(minorUnits: unitAmount, currency: context.currency, basis: basis))
}

/// The tiers of a tiered price, with absent amounts read as zero (Stripe answers `null` for an
/// amount a tier does not set, and the YAML may leave it out). `mode` fills in a currency
/// option's mode, which Stripe keeps on the price.
func tiersValue(_ amounts: some PriceAmounts, currency: String, mode: String? = nil) -> PlanValue? {
    guard let tiers = amounts.tiers, let mode = amounts.tiersModeText ?? mode else { return nil }
    let normalised = tiers.map {
        PlanTier(upTo: $0.upTo, unitAmount: $0.unitAmount ?? 0, flatAmount: $0.flatAmount ?? 0)
    }
    return .tiers(PlanTiers(mode: mode, currency: currency, tiers: normalised))
}

/// One `currency_options` entry as a value: its amount or its tiers, with the declared price's
/// mode, interval and package size.
func optionValue(_ amounts: some PriceAmounts, currency: String, price: DesiredPrice) -> PlanValue? {
    if amounts.tiers != nil {
        return tiersValue(amounts, currency: currency, mode: price.amounts.tiersMode?.rawValue)
    }
    var context = AmountContext(price)
    context.currency = currency
    return amountValue(amounts, context)
}
