package import Foundation

/// A non-negative amount in minor units with up to 12 decimal places (`unit_amount_decimal`).
///
/// Stripe answers with a normalised string (`"2000"`, `"0.25"`), so the emulator keeps both the
/// exact `Decimal` and its normal form, built from the digits rather than from a float.
package struct DecimalAmount: Sendable, Hashable {
    /// The exact value.
    package let value: Decimal
    /// Digits without leading integer zeros or trailing fraction zeros, e.g. `"0.5"`, `"2000"`.
    package let normalized: String

    /// Parses `123`, `0.25` or `12.500`; rejects signs, exponents and more than 12 decimals.
    package init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !integer.isEmpty || !fraction.isEmpty,
            integer.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            !(parts.count > 1 && fraction.isEmpty)
        else { return nil }
        var trimmedInteger = integer.drop { $0 == "0" }
        if trimmedInteger.isEmpty { trimmedInteger = "0" }
        var trimmedFraction = Substring(fraction)
        while trimmedFraction.last == "0" { trimmedFraction = trimmedFraction.dropLast() }
        guard trimmedFraction.count <= 12 else { return nil }
        let normalized =
            trimmedFraction.isEmpty ? String(trimmedInteger) : "\(trimmedInteger).\(trimmedFraction)"
        guard let value = Decimal(string: normalized, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        self.value = value
        self.normalized = normalized
    }

    /// The amount of an integer `unit_amount`.
    package init(integer: Int) {
        self.value = Decimal(integer)
        self.normalized = String(integer)
    }

    /// The integer value when there is no fractional part and it fits, as `unit_amount` shows it.
    package var integerValue: Int? {
        guard !normalized.contains(".") else { return nil }
        return Int(normalized)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
