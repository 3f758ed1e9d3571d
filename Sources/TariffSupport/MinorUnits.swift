package import Foundation

/// An exact amount in a currency's minor units (cents for `usd`), possibly fractional: the one
/// decimal value Tariff reads and writes as text.
///
/// Stripe writes such amounts as decimal strings (`unit_amount_decimal: "0.25"`), configs as an
/// integer or a quoted decimal, plans as strings. All of them go through ``init(text:)`` and
/// ``text``: plain digits with a `.`, never an exponent or a locale's separator, never a float.
package struct MinorUnits: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The exact value.
    package var value: Decimal

    package init(_ value: Decimal) {
        self.value = value
    }

    package init(_ whole: Int) {
        self.value = Decimal(whole)
    }

    /// The parts of a decimal numeral: an optional `-`, digits, and optionally `.` and digits.
    package struct Numeral: Sendable, Hashable {
        package var negative: Bool
        package var whole: Substring
        package var fraction: Substring?

        /// `text` split into its parts; nil unless it is exactly such a numeral (no `+`, no
        /// exponent, no spaces, digits on both sides of the `.`).
        package init?(_ text: String) {
            negative = text.hasPrefix("-")
            let body = negative ? text.dropFirst() : Substring(text)
            let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let isDigits = { (part: Substring) in
                !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
            }
            guard let first = pieces.first, isDigits(first) else { return nil }
            whole = first
            if pieces.count == 2 {
                guard isDigits(pieces[1]) else { return nil }
                fraction = pieces[1]
            } else {
                fraction = nil
            }
        }

        /// How many digits follow the `.`.
        package var decimalPlaces: Int { fraction?.count ?? 0 }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Reads a decimal numeral strictly (see ``Numeral``); anything else, such as `1e3`, ` 12`
    /// or `12abc`, is nil rather than a silent guess.
    package init?(text: String) {
        guard Numeral(text) != nil, let value = Decimal(string: text, locale: Self.posix) else { return nil }
        self.value = value
    }

    /// The value in plain notation with a `.` and no grouping: `0.002`, `4900`, `-1.5`.
    package var text: String {
        var copy = value
        return NSDecimalString(&copy, Self.posix)
    }

    package var description: String { text }

    /// The value as an `Int` when it is a whole number that fits, else nil (`0.5`).
    package var wholeNumber: Int? {
        var copy = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .plain)
        guard rounded == value else { return nil }
        return Int(text)
    }

    package static func < (lhs: MinorUnits, rhs: MinorUnits) -> Bool {
        lhs.value < rhs.value
    }
}
