package import Foundation

/// What a quantity costs under a ``PriceScheme``: the exact amount, the whole minor units an
/// invoice line carries, and the parts it is made of (one per tier that priced units).
package struct PriceCharge: Sendable, Hashable {
    /// The quantity the price was applied to, after `transform_quantity` (packages, hours).
    package var billedQuantity: Decimal
    /// The exact amount in minor units; fractional when unit amounts are.
    package var exactAmount: Decimal
    /// The parts of a tiered charge, in tier order; one part for a per-unit price.
    package var parts: [Part]

    /// One tier's (or the single per-unit) contribution.
    package struct Part: Sendable, Hashable {
        /// The tier's position (0-based) in the price's tiers; 0 for a per-unit price.
        package var tier: Int
        /// Units priced at `unitAmount` in this part.
        package var units: Decimal
        package var unitAmount: Decimal
        /// The tier's flat amount, when it applies.
        package var flatAmount: Decimal

        /// `units × unitAmount + flatAmount`, exact.
        package var amount: Decimal { units * unitAmount + flatAmount }
    }

    /// The amount in whole minor units, as an invoice line's `amount`.
    ///
    /// Stripe documents that `unit_amount_decimal` allows sub-cent unit prices but not how the
    /// line total is rounded [unverified]; the documented neighbour is ordinary rounding of the
    /// total to the nearest minor unit, halves away from zero, which is what this does.
    package var amount: Int {
        var exact = exactAmount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }
}

extension PriceScheme {
    /// What `quantity` costs under this scheme.
    ///
    /// A negative quantity bills as zero: Stripe bills quantity 0 for a negative period total
    /// of a meter (https://docs.stripe.com/billing/subscriptions/usage-based/meters/configure).
    package func charge(for quantity: Decimal) -> PriceCharge {
        let quantity = Swift.max(quantity, 0)
        switch self {
        case .perUnit(let unitAmount, let transform):
            let billed = transform?.apply(to: quantity) ?? quantity
            let part = PriceCharge.Part(tier: 0, units: billed, unitAmount: unitAmount, flatAmount: 0)
            return PriceCharge(billedQuantity: billed, exactAmount: part.amount, parts: [part])
        case .tiered(.graduated, let tiers):
            let parts = Self.graduatedParts(tiers, quantity)
            return PriceCharge(
                billedQuantity: quantity, exactAmount: parts.reduce(0) { $0 + $1.amount }, parts: parts)
        case .tiered(.volume, let tiers):
            let parts = Self.volumePart(tiers, quantity).map { [$0] } ?? []
            return PriceCharge(
                billedQuantity: quantity, exactAmount: parts.reduce(0) { $0 + $1.amount }, parts: parts)
        }
    }

    /// Each tier prices the units between the previous tier's bound and its own; a tier's flat
    /// amount applies once any unit reaches it. With no usage at all, the first tier's flat
    /// amount still applies: Stripe's flat-fee-and-overage model is a first tier with a flat
    /// amount and a zero unit amount, billed whatever the usage [unverified for quantity 0].
    private static func graduatedParts(_ tiers: [PriceTier], _ quantity: Decimal) -> [PriceCharge.Part] {
        var parts: [PriceCharge.Part] = []
        var lower = Decimal(0)
        for (index, tier) in tiers.enumerated() {
            let upper = tier.upTo.map { Decimal($0) }
            let inTier = Swift.max(Swift.min(quantity, upper ?? quantity) - lower, 0)
            guard inTier > 0 || (index == 0 && quantity == 0) else { break }
            parts.append(
                PriceCharge.Part(
                    tier: index, units: inTier, unitAmount: tier.unitAmount, flatAmount: tier.flatAmount))
            guard let upper else { break }
            lower = upper
        }
        return parts
    }

    /// The tier whose range holds the whole quantity prices every unit; quantity 0 falls in the
    /// first tier. Nil only for a price without tiers (which Stripe refuses).
    private static func volumePart(_ tiers: [PriceTier], _ quantity: Decimal) -> PriceCharge.Part? {
        let index =
            tiers.firstIndex { tier in tier.upTo.map { quantity <= Decimal($0) } ?? true }
            ?? tiers.indices.last
        guard let index else { return nil }
        let tier = tiers[index]
        return PriceCharge.Part(
            tier: index, units: quantity, unitAmount: tier.unitAmount, flatAmount: tier.flatAmount)
    }
}
