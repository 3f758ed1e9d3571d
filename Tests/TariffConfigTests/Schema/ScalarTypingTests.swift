import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// Scalars are typed as the schema expects (no YAML 1.1 surprises), with exact locations.
@Suite struct ScalarTypingTests {
    /// A product whose price has the given extra lines.
    private func price(_ lines: String) -> String {
        """
        version: 1
        products:
          p:
            name: P
            prices:
              m:
                currency: usd
        \(lines)
        """
    }

    @Test func nicknameNoStaysTheStringNo() throws {
        let loaded = ConfigTestSupport.load(price("        nickname: no\n        flat: 100"))
        let config = try #require(loaded.config)
        #expect(config.products[0].prices[0].nickname?.value == "no")
        #expect(loaded.diagnostics.diagnostics.isEmpty)
    }

    @Test func quotedAndPlainAmountsAreExactDecimals() throws {
        let loaded = ConfigTestSupport.load(
            price("        interval: month\n        per_unit: \"0.000000000001\""))
        let config = try #require(loaded.config)
        guard case .perUnit(let amount) = config.products[0].prices[0].pricing.value else {
            Issue.record("expected per_unit")
            return
        }
        #expect(amount.value == Decimal(string: "0.000000000001"))
        #expect(amount.range?.start.line == 9)
        #expect(amount.range?.start.column == 19)
    }

    @Test(
        arguments: [
            (
                "        interval: month\n        interval_count: ↓1_0\n        flat: 1",
                "schema.invalid-integer", "10"
            ),
            (
                "        interval: month\n        interval_count: ↓0x10\n        flat: 1",
                "schema.invalid-integer", nil
            ),
            (
                "        interval: month\n        interval_count: ↓010\n        flat: 1",
                "schema.invalid-integer", "10"
            ),
            ("        flat: ↓0100", "schema.invalid-amount", nil),
            (
                "        interval: month\n        interval_count: ↓\"3\"\n        flat: 1",
                "schema.invalid-integer", "3"
            ),
            ("        active: ↓yes\n        flat: 1", "schema.invalid-boolean", "true"),
            ("        active: ↓Off\n        flat: 1", "schema.invalid-boolean", "false"),
            ("        active: ↓\"true\"\n        flat: 1", "schema.invalid-boolean", "true"),
            ("        flat: ↓49.5", "schema.float-amount", "\"49.5\""),
            ("        flat: ↓1e3", "schema.invalid-amount", nil),
            ("        flat: ↓-1", "amount.negative", nil),
            ("        per_unit: ↓\"-0.5\"", "amount.negative", nil),
            ("        per_unit: ↓\"0.0000000000001\"", "amount.too-precise", nil),
            ("        flat: ↓[1]", "schema.type-mismatch", nil),
            ("        nickname: ↓null\n        flat: 1", "schema.type-mismatch", nil),
            ("        interval: ↓Month\n        flat: 1", "schema.invalid-value", "month"),
            ("        tax_behavior: ↓exclusiv\n        flat: 1", "schema.invalid-value", "exclusive"),
        ] as [(String, String, String?)])
    func badScalarIsReportedAtItsNode(lines: String, code: String, fixIt: String?) throws {
        let marked = MarkedYAML(price(lines))
        let loaded = ConfigTestSupport.load(marked.text)
        #expect(loaded.config == nil)
        let diagnostic = try #require(loaded.diagnostics.diagnostics.first { $0.code == code })
        #expect(diagnostic.range?.start.line == marked.line)
        #expect(diagnostic.range?.start.column == marked.column)
        #expect(diagnostic.fixIt == fixIt)
        #expect(diagnostic.severity == .error)
    }
}
