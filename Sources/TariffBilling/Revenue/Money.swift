package import Foundation
import TariffSupport

/// Minor-unit amounts shown as money: `1,234.56 USD`, rounded to the currency's minor unit.
package enum Money {
    /// `minor` rounded half up to a whole minor unit.
    package static func rounded(_ minor: Decimal) -> Int {
        var value = minor
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return NSDecimalNumber(decimal: result).intValue
    }

    /// `1234.56` (no grouping, no currency), rounded to the currency's minor unit: for CSV.
    package static func plain(minor: Decimal, currency: String) -> String {
        let units = rounded(minor)
        return (units < 0 ? "-" : "")
            + MoneyText.majorDigits(Decimal(units), exponent: MoneyText.exponent(of: currency))
    }

    /// `1,234.56 USD`; `-` when there is no currency (a company with no amounts).
    package static func format(minor: Decimal, currency: String) -> String {
        guard !currency.isEmpty else { return "-" }
        let units = rounded(minor)
        let digits = MoneyText.majorDigits(Decimal(units), exponent: MoneyText.exponent(of: currency))
        return (units < 0 ? "-" : "") + MoneyText.groupThousands(digits) + " " + currency.uppercased()
    }
}
