import Foundation
import Testing
import TariffRender

/// Money formatting: exponents per currency, exact decimals, grouping, phrasing.
struct MoneyTests {
    @Test(arguments: [
        ("4900", "usd", "$49.00"),
        ("0", "usd", "$0.00"),
        ("0.2", "usd", "$0.002"),
        ("0.0125", "usd", "$0.000125"),
        ("1", "usd", "$0.01"),
        ("123456789", "usd", "$1,234,567.89"),
        ("900", "eur", "€9.00"),
        ("950", "EUR", "€9.50"),
        ("1999", "gbp", "£19.99"),
        ("1000", "jpy", "¥1,000"),
        ("0.5", "jpy", "¥0.5"),
        ("50000", "krw", "₩50,000"),
        ("1500", "kwd", "KWD 1.500"),
        ("1", "bhd", "BHD 0.001"),
        ("4900", "cad", "CAD 49.00"),
        ("12345", "clp", "CLP 12,345"),
        ("-950", "usd", "-$9.50"),
        ("0.000000000001", "usd", "$0.00000000000001"),
    ])
    func formats(amount: String, currency: String, expected: String) throws {
        let minor = try #require(Decimal(string: amount, locale: Locale(identifier: "en_US_POSIX")))
        #expect(Money.format(amountMinor: minor, currency: currency) == expected)
    }

    @Test(arguments: [("usd", 2), ("jpy", 0), ("VND", 0), ("kwd", 3), ("tnd", 3), ("eur", 2)])
    func exponents(currency: String, expected: Int) {
        #expect(Money.exponent(of: currency) == expected)
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (1_000_000, "1,000,000"), (-12345, "-12,345"),
    ])
    func groupsThousands(count: Int, expected: String) {
        #expect(Money.groupThousands(count) == expected)
    }

    @Test func phrasesPeriodsUnitsAndPackages() {
        #expect(Money.recurring(amountMinor: 4900, currency: "usd", interval: "month") == "$49.00 / month")
        #expect(
            Money.recurring(amountMinor: 900, currency: "eur", interval: "month", count: 3)
                == "€9.00 / 3 months")
        #expect(Money.recurring(amountMinor: 25000, currency: "usd", interval: nil) == "$250.00 once")
        #expect(Money.perUnit(amountMinor: Decimal(string: "0.2") ?? 0, currency: "usd") == "$0.002 per unit")
        #expect(
            Money.package(amountMinor: 500, currency: "usd", size: 1000, roundUp: true)
                == "$5.00 per 1,000 units (rounded up)")
        #expect(
            Money.package(amountMinor: 500, currency: "usd", size: 1, roundUp: false)
                == "$5.00 per unit (rounded down)")
    }

    @Test func tierTableAlignsColumns() {
        let table = TierTable(
            rows: [
                .init(upTo: 1000, unitAmount: 0),
                .init(upTo: 10000, unitAmount: Decimal(string: "0.2")),
                .init(upTo: nil, unitAmount: Decimal(string: "0.1"), flatAmount: 1000),
            ],
            currency: "usd")
        #expect(
            table.lines() == [
                "units             per unit  flat fee",
                "1 – 1,000         $0.00     –",
                "1,001 – 10,000    $0.002    –",
                "10,001 and above  $0.001    $10.00",
            ])
    }
}
