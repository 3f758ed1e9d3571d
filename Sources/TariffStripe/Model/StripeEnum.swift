/// A string enumeration from Stripe that stays open: values Tariff does not know decode and are kept.
///
/// Stripe adds enum values in backward-compatible releases, so decoding must never fail on one.
/// `known` gives the typed case when there is one; `rawValue` always holds what Stripe sent, so an
/// unknown value can still be shown to the user or sent back unchanged.
package struct StripeEnum<Known>: Sendable, Hashable, RawRepresentable, CustomStringConvertible
where Known: RawRepresentable & Sendable & Hashable, Known.RawValue == String {
    /// The value exactly as Stripe sent it.
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps a known value.
    package init(_ known: Known) {
        self.rawValue = known.rawValue
    }

    /// The typed value, or nil when Stripe sent something Tariff does not know yet.
    package var known: Known? { Known(rawValue: rawValue) }

    package var description: String { rawValue }

    /// Compares with a known case, so callers can write `price.billingScheme == .tiered`.
    package static func == (lhs: StripeEnum, rhs: Known) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    /// Compares with a known case, so callers can write `price.billingScheme != .tiered`.
    package static func != (lhs: StripeEnum, rhs: Known) -> Bool {
        lhs.rawValue != rhs.rawValue
    }
}

extension StripeEnum: Decodable {
    package init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }
}

extension StripeEnum: Encodable {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Compares an optional Stripe enum with a known case: `price.tiersMode == .volume` is false when
/// the field is absent.
package func == <Known>(lhs: StripeEnum<Known>?, rhs: Known) -> Bool {
    lhs?.rawValue == rhs.rawValue
}

/// The negation of `==` for an optional Stripe enum and a known case.
package func != <Known>(lhs: StripeEnum<Known>?, rhs: Known) -> Bool {
    lhs?.rawValue != rhs.rawValue
}
