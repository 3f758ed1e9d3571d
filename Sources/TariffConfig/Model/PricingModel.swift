package import Foundation
package import TariffDiagnostics

/// How a price charges; a price has exactly one (DESIGN.md §2's table). Amounts are `Decimal`
/// minor units (cents), non-negative with at most 12 decimal places.
package enum PricingModel: Sendable, Hashable {
    /// `flat: 4900`: a fixed amount per period (or once); Stripe `unit_amount`, licensed.
    case flat(Located<Decimal>)
    /// `per_unit: "0.2"`: the same amount for every unit.
    case perUnit(Located<Decimal>)
    /// `graduated:`: each tier prices the units inside it.
    case graduated([Tier])
    /// `volume:`: the tier reached prices every unit.
    case volume([Tier])
    /// `package:`: a price per block of `size` units (Stripe `transform_quantity`).
    case package(PackagePricing)

    /// The YAML key of the model (`per_unit`), for messages.
    package var keyword: String {
        switch self {
        case .flat: "flat"
        case .perUnit: "per_unit"
        case .graduated: "graduated"
        case .volume: "volume"
        case .package: "package"
        }
    }

    /// The tiers of a tiered model; `nil` for the others.
    package var tiers: [Tier]? {
        switch self {
        case .graduated(let tiers), .volume(let tiers): tiers
        case .flat, .perUnit, .package: nil
        }
    }
}

/// One tier of a graduated or volume price.
package struct Tier: Sendable, Hashable {
    /// The last unit of the tier; `nil` for the final `up_to: inf`.
    package var upTo: Located<Int?>
    package var unitAmount: Located<Decimal>?
    package var flatAmount: Located<Decimal>?
    /// The whole tier mapping.
    package var range: SourceRange

    package init(
        upTo: Located<Int?>, unitAmount: Located<Decimal>? = nil,
        flatAmount: Located<Decimal>? = nil, range: SourceRange
    ) {
        self.upTo = upTo
        self.unitAmount = unitAmount
        self.flatAmount = flatAmount
        self.range = range
    }
}

/// `package: { size: 1000, amount: 500, round: up }`.
package struct PackagePricing: Sendable, Hashable {
    /// Units per package (Stripe `transform_quantity.divide_by`), at least 1.
    package var size: Located<Int>
    /// The amount charged per package.
    package var amount: Located<Decimal>
    /// How a partial package counts; defaults to `up`.
    package var round: Located<PackageRounding>

    package init(size: Located<Int>, amount: Located<Decimal>, round: Located<PackageRounding>) {
        self.size = size
        self.amount = amount
        self.round = round
    }
}

/// `package.round`, Stripe's `transform_quantity.round`.
package enum PackageRounding: String, Sendable, Hashable, CaseIterable {
    case up, down
}

/// An entry of `currency_options:`: the price's amounts in another currency.
package struct CurrencyOption: Sendable, Hashable {
    /// The lowercase currency code (the YAML key).
    package var currency: Located<String>
    /// The whole entry.
    package var range: SourceRange
    /// The same kind of model as the price's own (tiers for tiered prices, and so on).
    package var pricing: Located<PricingModel>
    package var taxBehavior: Located<TaxBehavior>?

    package init(
        currency: Located<String>, range: SourceRange, pricing: Located<PricingModel>,
        taxBehavior: Located<TaxBehavior>? = nil
    ) {
        self.currency = currency
        self.range = range
        self.pricing = pricing
        self.taxBehavior = taxBehavior
    }
}
