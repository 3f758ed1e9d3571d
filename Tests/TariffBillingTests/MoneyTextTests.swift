import Foundation
import Testing

@testable import TariffBilling

/// Revenue amounts take each currency's minor unit from the same table as the plan renderers.
@Suite("Revenue money per currency")
struct MoneyTextTests {
    @Test(
        arguments: [
            (Decimal(123_456_789), "usd", "1234567.89", "1,234,567.89 USD"),
            (Decimal(1_500), "jpy", "1500", "1,500 JPY"),
            (Decimal(1_234_567), "kwd", "1234.567", "1,234.567 KWD"),
            (Decimal(string: "-250.5") ?? 0, "eur", "-2.51", "-2.51 EUR"),
        ] as [(Decimal, String, String, String)])
    func minorUnitsPerCurrency(minor: Decimal, currency: String, plain: String, formatted: String) {
        #expect(Money.plain(minor: minor, currency: currency) == plain)
        #expect(Money.format(minor: minor, currency: currency) == formatted)
    }
}
