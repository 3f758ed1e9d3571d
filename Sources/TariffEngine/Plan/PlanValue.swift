package import Foundation
import TariffSupport

/// A field value in a plan, typed enough for renderers to show it as people read it.
///
/// Money is never a bare number: ``PlanAmount`` keeps the currency and what the amount is charged
/// per, so `$0.002 per unit` or `$49.00 / month` can be printed without looking elsewhere.
package enum PlanValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    /// A money amount (unit amount, flat amount, package amount).
    case amount(PlanAmount)
    /// The tiers of a graduated or volume price.
    case tiers(PlanTiers)
    /// A list of strings (a webhook's enabled events), order not significant.
    case strings([String])
    /// An object this plan creates (or replaces), known by its address until apply creates it:
    /// a price's new meter, a product's new default price, a migration's target.
    case created(ResourceKind, ResourceAddress)

    /// A plain-text spelling without currency formatting, for JSON and for tests.
    package var plainText: String {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        case .bool(let value): value ? "true" : "false"
        case .amount(let amount): amount.minorUnitsText
        case .tiers(let tiers): tiers.tiers.map(\.plainText).joined(separator: ", ")
        case .strings(let values): values.joined(separator: ", ")
        case .created(let resource, let address): "(new \(resource.noun) \(address))"
        }
    }
}

/// A money amount in the currency's minor units (cents for `usd`), exact.
package struct PlanAmount: Sendable, Hashable {
    /// Minor units, possibly fractional (up to 12 decimal places, Stripe's `unit_amount_decimal`).
    package var minorUnits: Decimal
    /// Lowercase ISO 4217 code.
    package var currency: String
    package var basis: AmountBasis

    package init(minorUnits: Decimal, currency: String, basis: AmountBasis) {
        self.minorUnits = minorUnits
        self.currency = currency
        self.basis = basis
    }

    /// The minor units as Stripe's `unit_amount_decimal` spells them (`0.2`, `4900`).
    package var minorUnitsText: String {
        MinorUnits(minorUnits).text
    }
}

/// What an amount is charged per.
package enum AmountBasis: Sendable, Hashable {
    /// Each unit (per-unit and metered prices).
    case unit
    /// Each block of `size` units (package pricing).
    case package(size: Int)
    /// Once per billing period (`interval` nil: once, a one-time price).
    case period(interval: String?, count: Int)
}

/// The tiers of a tiered price, with their currency and mode.
package struct PlanTiers: Sendable, Hashable {
    /// `graduated` or `volume`.
    package var mode: String
    package var currency: String
    package var tiers: [PlanTier]

    package init(mode: String, currency: String, tiers: [PlanTier]) {
        self.mode = mode
        self.currency = currency
        self.tiers = tiers
    }
}

/// One tier: up to `upTo` units (nil: infinity), a per-unit and/or a flat amount in minor units.
package struct PlanTier: Sendable, Hashable {
    package var upTo: Int?
    package var unitAmount: Decimal?
    package var flatAmount: Decimal?

    package init(upTo: Int?, unitAmount: Decimal?, flatAmount: Decimal?) {
        self.upTo = upTo
        self.unitAmount = unitAmount
        self.flatAmount = flatAmount
    }

    /// `up_to 1000: 0 + 0` style text for tests and JSON.
    package var plainText: String {
        let limit = upTo.map(String.init) ?? "inf"
        let unit = unitAmount.map { "\($0)" } ?? "-"
        let flat = flatAmount.map { "\($0)" } ?? "-"
        return "up_to \(limit): unit \(unit), flat \(flat)"
    }
}
