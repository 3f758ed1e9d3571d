import Foundation
import Testing
@testable import TariffUsage

/// `decimal.scale` over the micro-unit as the reduced integer fraction the queries divide by.
@Suite struct DecimalScalingTests {
    @Test(
        arguments: [
            ("1", 1_000_000, 1, 1_000_000), ("1024", 1_000_000, 16, 15_625),
            ("0.001", 1_000_000, 1, 1_000_000_000),
            ("1000", 1_000_000, 1, 1_000), ("2.5", 1, 5, 2), ("1", 1, 1, 1),
        ] as [(String, Int64, Int64, Int64)])
    func fractionIsReduced(scale: String, unit: Int64, numerator: Int64, denominator: Int64) throws {
        let decimal = try #require(Decimal(string: scale, locale: Locale(identifier: "en_US_POSIX")))
        let fraction = UsageQueryCompiler.fraction(decimal, over: unit)
        #expect(fraction.0 == numerator)
        #expect(fraction.1 == denominator)
    }

    /// Every rounding divides negative totals toward the right side (SQLite's `/` truncates).
    @Test func negativeTotalsRoundAsDocumented() {
        let printer = SQLPrinter(.sqlite, layout: .store)
        let down = printer.expression(.divide(.column("raw"), by: 10, .down))
        #expect(down == "CAST(CASE WHEN raw >= 0 THEN ((raw) / 10) ELSE -((-raw + 9) / 10) END AS INTEGER)")
        let up = printer.expression(.divide(.column("raw"), by: 10, .up))
        #expect(up == "CAST(CASE WHEN raw >= 0 THEN ((raw + 9) / 10) ELSE -((-raw) / 10) END AS INTEGER)")
    }
}
