public import Foundation
public import TariffDiagnostics

/// How a price charges; a price has exactly one (DESIGN.md §2's table). Amounts are `Decimal`
/// minor units (cents), non-negative with at most 12 decimal places.
public enum PricingModel: Sendable, Hashable {
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
    public var keyword: String {
        switch self {
        case .flat: "flat"
        case .perUnit: "per_unit"
        case .graduated: "graduated"
        case .volume: "volume"
        case .package: "package"
        }
    }

    /// The tiers of a tiered model; `nil` for the others.
    public var tiers: [Tier]? {
        switch self {
        case .graduated(let tiers), .volume(let tiers): tiers
        case .flat, .perUnit, .package: nil
        }
    }
}

/// One tier of a graduated or volume price.
public struct Tier: Sendable, Hashable {
    /// The last unit of the tier; `nil` for the final `up_to: inf`.
    public var upTo: Located<Int?>
    public var unitAmount: Located<Decimal>?
    public var flatAmount: Located<Decimal>?
    /// The whole tier mapping.
    public var range: SourceRange

    public init(
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
public struct PackagePricing: Sendable, Hashable {
    /// Units per package (Stripe `transform_quantity.divide_by`), at least 1.
    public var size: Located<Int>
    /// The amount charged per package.
    public var amount: Located<Decimal>
    /// How a partial package counts; defaults to `up`.
    public var round: Located<PackageRounding>

    public init(size: Located<Int>, amount: Located<Decimal>, round: Located<PackageRounding>) {
        self.size = size
        self.amount = amount
        self.round = round
    }
}

/// `package.round`, Stripe's `transform_quantity.round`.
public enum PackageRounding: String, Sendable, Hashable, CaseIterable {
    case up, down
}

/// An entry of `currency_options:`: the price's amounts in another currency.
public struct CurrencyOption: Sendable, Hashable {
    /// The lowercase currency code (the YAML key).
    public var currency: Located<String>
    /// The whole entry.
    public var range: SourceRange
    /// The same kind of model as the price's own (tiers for tiered prices, and so on).
    public var pricing: Located<PricingModel>
    public var taxBehavior: Located<TaxBehavior>?

    public init(
        currency: Located<String>, range: SourceRange, pricing: Located<PricingModel>,
        taxBehavior: Located<TaxBehavior>? = nil
    ) {
        self.currency = currency
        self.range = range
        self.pricing = pricing
        self.taxBehavior = taxBehavior
    }
}
