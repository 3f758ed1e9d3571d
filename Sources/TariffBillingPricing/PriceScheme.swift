package import Foundation

/// How a Stripe price turns a quantity into an amount: the part of a price that the pricing math
/// needs, independent of where it was read (the config, a live Stripe price, the emulator).
///
/// Amounts are `Decimal` minor units (cents for `usd`), as in `unit_amount_decimal`; never
/// floating point. Stripe's `billing_scheme=per_unit` is ``perUnit(unitAmount:transform:)``,
/// `billing_scheme=tiered` is ``tiered(_:_:)``; `transform_quantity` exists only on per-unit
/// prices (Stripe refuses it on tiered ones).
package enum PriceScheme: Sendable, Hashable {
    /// Every unit costs `unitAmount`; with a transform, the quantity is first divided and
    /// rounded (Stripe's `transform_quantity`, Tariff's `package:`).
    case perUnit(unitAmount: Decimal, transform: QuantityTransform?)
    /// Tiers in ascending order of `upTo`, the last one open-ended.
    case tiered(TiersMode, [PriceTier])
}

/// Stripe's `tiers_mode`.
package enum TiersMode: String, Sendable, Hashable, CaseIterable {
    /// Each tier prices the units that fall inside it; the parts are summed.
    case graduated
    /// The tier the whole quantity falls in prices every unit.
    case volume
}

/// One of Stripe's `tiers[]`: `up_to` (nil for `inf`), `unit_amount_decimal`, `flat_amount`.
package struct PriceTier: Sendable, Hashable {
    /// The last unit of the tier; nil for the final `up_to: inf`.
    package var upTo: Int?
    package var unitAmount: Decimal
    package var flatAmount: Decimal

    package init(upTo: Int?, unitAmount: Decimal = 0, flatAmount: Decimal = 0) {
        self.upTo = upTo
        self.unitAmount = unitAmount
        self.flatAmount = flatAmount
    }
}

/// Stripe's `transform_quantity`: divide the quantity by `divideBy`, then round.
package struct QuantityTransform: Sendable, Hashable {
    /// At least 1.
    package var divideBy: Int
    package var round: Rounding

    package init(divideBy: Int, round: Rounding) {
        self.divideBy = divideBy
        self.round = round
    }

    /// `transform_quantity.round`.
    package enum Rounding: String, Sendable, Hashable, CaseIterable {
        case up, down
    }

    /// `quantity / divideBy`, rounded up or down to a whole number.
    package func apply(to quantity: Decimal) -> Decimal {
        var quotient = quantity / Decimal(Swift.max(divideBy, 1))
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 0, round == .up ? .up : .down)
        return rounded
    }
}
