import Foundation
import TariffDiagnostics
import TariffSupport

/// Reads money: minor units (cents) as a plain integer (`4900`) or a quoted decimal string
/// (`"0.2"`), never a float, never negative, at most 12 decimal places (Stripe's
/// `unit_amount_decimal`).
extension SchemaReader {
    /// The most decimal places Stripe keeps in `unit_amount_decimal`.
    static let maximumAmountDecimalPlaces = 12

    /// An amount in minor units.
    mutating func amount(_ node: YAMLNode, _ what: String) -> Located<Decimal>? {
        guard let (text, style) = node.scalar else {
            wrongKind(node, expected: "an amount", what)
            return nil
        }
        guard let parts = Self.numeral(text) else {
            bag.error(
                "schema.invalid-amount",
                "expected an amount in minor units for \(what), found \(node.kindDescription); "
                    + "write an integer such as 4900 or a decimal string such as \"0.2\"",
                at: node.range)
            return nil
        }
        if parts.negative {
            bag.error(
                "amount.negative", "\(what) is '\(text)'; amounts cannot be negative",
                at: node.range)
            return nil
        }
        if style == .plain, parts.fraction != nil {
            bag.error(
                "schema.float-amount",
                "\(what) is the YAML float \(text); write decimal amounts as quoted strings, "
                    + "such as \"\(text)\", so that they stay exact",
                at: node.range, fixIt: "\"\(text)\"")
            return nil
        }
        if parts.decimalPlaces > Self.maximumAmountDecimalPlaces {
            bag.error(
                "amount.too-precise",
                "\(what) is '\(text)', with \(parts.decimalPlaces) decimal places; Stripe keeps at "
                    + "most \(Self.maximumAmountDecimalPlaces)",
                at: node.range)
            return nil
        }
        guard let amount = MinorUnits(text: text) else { return nil }
        return Located(amount.value, at: node.range)
    }

    /// A non-negative decimal written as a plain integer or a quoted decimal (meter `scale`,
    /// filter bounds).
    mutating func decimal(_ node: YAMLNode, _ what: String) -> Located<Decimal>? {
        guard let (text, _) = node.scalar, Self.numeral(text) != nil,
            let value = MinorUnits(text: text)?.value
        else {
            bag.error(
                "schema.invalid-number",
                "expected a number for \(what), found \(node.kindDescription)", at: node.range)
            return nil
        }
        return Located(value, at: node.range)
    }

    /// `text` as a decimal numeral (``MinorUnits/Numeral``) without leading zeros (`0100`: YAML 1.1
    /// tools would read an octal number); nil for anything else.
    static func numeral(_ text: String) -> MinorUnits.Numeral? {
        guard let numeral = MinorUnits.Numeral(text), numeral.whole.count == 1 || numeral.whole.first != "0"
        else { return nil }
        return numeral
    }
}
