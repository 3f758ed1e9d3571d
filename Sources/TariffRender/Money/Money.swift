package import Foundation
import TariffSupport

/// Amounts as people read them: `$49.00`, `$0.002`, `¥1,000`, `KWD 1.500`.
///
/// Stripe (and Tariff's YAML) keep amounts in a currency's minor unit — cents for USD, yen for JPY,
/// fils for KWD — and allow up to 12 decimal places of a minor unit for per-unit prices. People read
/// major units, so the formatter divides by 10^exponent (an exact `Decimal` operation, never a
/// `Double`) and shows at least the currency's usual number of decimals, more only when the amount
/// really has them (`0.2` cents is `$0.002`, not `$0.00`).
package enum Money {
    /// Symbols that read unambiguously in a plan; every other currency is shown by its code
    /// (`CAD 49.00`) rather than a `$` a reviewer could mistake for US dollars.
    static let symbols: [String: String] = [
        "usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "inr": "₹", "krw": "₩",
    ]

    /// The number of decimal places between the currency's minor and major unit (2 for most).
    ///
    /// - Parameter currency: an ISO 4217 code in any case.
    package static func exponent(of currency: String) -> Int {
        MoneyText.exponent(of: currency)
    }

    /// Formats an amount given in the currency's minor unit, with its symbol or code.
    ///
    /// - Parameters:
    ///   - amountMinor: the amount as Stripe stores it (`4900` for $49.00, `"0.2"` for $0.002).
    ///   - currency: an ISO 4217 code in any case (`usd`).
    /// - Returns: `$49.00`, `-€9.50`, `¥1,000`, `KWD 1.500`.
    package static func format(amountMinor: Decimal, currency: String) -> String {
        let code = currency.lowercased()
        let number = formatNumber(amountMinor, exponent: exponent(of: code))
        let sign = amountMinor < 0 ? "-" : ""
        if let symbol = symbols[code] {
            return sign + symbol + number
        }
        return sign + code.uppercased() + " " + number
    }

    /// The absolute value of `amountMinor` in major units with grouped thousands, showing at least
    /// `exponent` decimals and every further non-zero one.
    static func formatNumber(_ amountMinor: Decimal, exponent: Int) -> String {
        MoneyText.groupThousands(MoneyText.majorDigits(amountMinor, exponent: exponent))
    }

    /// An integer with `,` between groups of three digits (`1,000,000`).
    package static func groupThousands(_ digits: String) -> String {
        MoneyText.groupThousands(digits)
    }

    /// `count` grouped in thousands (`1,000`).
    package static func groupThousands(_ count: Int) -> String {
        let sign = count < 0 ? "-" : ""
        return sign + groupThousands(String(count.magnitude))
    }
}
