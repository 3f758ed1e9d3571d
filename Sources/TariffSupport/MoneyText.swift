package import Foundation

/// The digits of a money amount, shared by every renderer of money (plans, revenue): how many
/// decimals a currency's minor unit has, the amount in major units, and thousands grouping.
package enum MoneyText {
    /// Currencies whose minor unit is the major unit (stripe-api.md §1.11).
    static let zeroDecimal: Set<String> = [
        "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
        "xaf", "xof", "xpf",
    ]

    /// Currencies with a thousandth minor unit (stripe-api.md §1.11).
    static let threeDecimal: Set<String> = ["bhd", "jod", "kwd", "omr", "tnd"]

    /// The number of decimal places between the currency's minor and major unit (2 for most).
    ///
    /// - Parameter currency: an ISO 4217 code in any case.
    package static func exponent(of currency: String) -> Int {
        let code = currency.lowercased()
        if zeroDecimal.contains(code) { return 0 }
        if threeDecimal.contains(code) { return 3 }
        return 2
    }

    /// The magnitude of `minor` in major units, as plain digits with a `.`: at least `exponent`
    /// decimals and every further non-zero one (`0.2` cents is `0.002`), no sign, no grouping.
    package static func majorDigits(_ minor: Decimal, exponent: Int) -> String {
        var major = minor.magnitude
        if exponent > 0 {
            major /= pow(Decimal(10), exponent)
        }
        let plain = MinorUnits(major).text
        let parts = plain.split(separator: ".", maxSplits: 1)
        let whole = parts.first.map(String.init) ?? "0"
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.count > exponent, fraction.last == "0" {
            fraction.removeLast()
        }
        if fraction.count < exponent {
            fraction += String(repeating: "0", count: exponent - fraction.count)
        }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// Digits with `,` between groups of three (`1,000,000`); a fraction after a `.` is kept as is.
    package static func groupThousands(_ digits: String) -> String {
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first ?? ""
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        let grouped = groups.isEmpty ? "0" : groups.joined(separator: ",")
        return parts.count > 1 ? grouped + "." + parts[1] : grouped
    }
}
