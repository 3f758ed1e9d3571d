package import Foundation

/// Minor-unit amounts shown as money: `1,234.56 USD`, rounded to the currency's minor unit.
package enum Money {
    /// Stripe's zero-decimal currencies (https://docs.stripe.com/currencies#zero-decimal): their
    /// amounts are already whole units.
    static let zeroDecimal: Set<String> = [
        "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf",
        "xof",
        "xpf",
    ]

    /// `minor` rounded half up to a whole minor unit.
    package static func rounded(_ minor: Decimal) -> Int {
        var value = minor
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return NSDecimalNumber(decimal: result).intValue
    }

    /// `1234.56` (no grouping, no currency): for CSV.
    package static func plain(minor: Decimal, currency: String) -> String {
        let cents = rounded(minor)
        guard !zeroDecimal.contains(currency) else { return String(cents) }
        let sign = cents < 0 ? "-" : ""
        let magnitude = abs(cents)
        return "\(sign)\(magnitude / 100).\(String(format: "%02d", magnitude % 100))"
    }

    /// `1,234.56 USD`; `-` when there is no currency (a company with no amounts).
    package static func format(minor: Decimal, currency: String) -> String {
        guard !currency.isEmpty else { return "-" }
        let plain = plain(minor: minor, currency: currency)
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts.first ?? "0")
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + whole + grouped + fraction + " " + currency.uppercased()
    }
}
