import Foundation
import Testing
import TariffDiagnostics
@testable import TariffConfig

/// `grants:` on a price and `payg:` on a product: the typed model read from YAML, and every
/// rule located at the marked place.
@Suite struct BillingPolicyConfigTests {
    /// A metered `api.calls` price in usd, a licensed `api.seat`, a euro metered `api.calls_eur`,
    /// and a one-time `credits.pack` whose lines follow (10-space indent under `pack:`).
    static func config(grants: String, payg: String = "") -> String {
        """
        version: 1
        meters:
          calls: { display_name: Calls, metric: { aggregate: count } }
        products:
          api:
            name: API
        \(payg)    prices:
              calls: { nickname: Calls, currency: usd, interval: month, meter: calls, per_unit: "0.2" }
              calls_eur: { nickname: Calls, currency: eur, interval: month, meter: calls, per_unit: "0.2" }
              seat: { currency: usd, interval: month, flat: 4900 }
          credits:
            name: Credits
            prices:
              pack:
                currency: usd
                flat: 10000

        """ + grants
    }

    @Test func grantsAndPaygAreReadIntoTypedValues() throws {
        let loaded = ConfigTestSupport.load(
            Self.config(
                grants: "        grants:\n          amount: 10000\n"
                    + "          applies_to: [products.api.prices.calls]\n          category: promotional\n"
                    + "          priority: 0\n          expires_after: 30d\n",
                payg: "    payg: { threshold: 50000, reset_billing_cycle_anchor: true }\n"))
        let config = try #require(
            loaded.config, "\(ConfigTestSupport.located(loaded.diagnostics.diagnostics))")
        let grants = try #require(config.product(named: "credits")?.price(named: "pack")?.grants)
        #expect(grants.amount.value == 10_000)
        #expect(grants.amount.range?.start.line == 19)
        guard case .prices(let references) = grants.appliesTo.value else {
            Issue.record("applies_to is \(grants.appliesTo.value)")
            return
        }
        #expect(references.map(\.value) == [PriceReference(product: "api", price: "calls")])
        #expect(references.first?.range?.start.line == 20)
        #expect(grants.category.value == .promotional)
        #expect(grants.priority.value == 0)
        #expect(grants.expiresAfter.value == UsageDuration(seconds: 30 * 86_400, text: "30d"))
        #expect(grants.mechanism == .defaulted(.creditGrant))
        let payg = try #require(config.product(named: "api")?.payg)
        #expect(payg.threshold.value == 50_000)
        #expect(payg.resetBillingCycleAnchor.value)
        #expect(payg.range.start.line == 7)
    }

    @Test func grantDefaults() throws {
        let loaded = ConfigTestSupport.load(Self.config(grants: "        grants: { amount: 500 }\n"))
        let grants = try #require(loaded.config?.product(named: "credits")?.price(named: "pack")?.grants)
        #expect(grants.appliesTo == .defaulted(.allMetered))
        #expect(grants.category == .defaulted(.paid))
        #expect(grants.priority == .defaulted(50))
        #expect(grants.expiresAfter.value == nil && !grants.expiresAfter.isExplicit)
        #expect(loaded.diagnostics.diagnostics.isEmpty)
        #expect(loaded.config?.product(named: "api")?.payg == nil)
    }

    @Test func expiresAfterNoneIsExplicitlyNever() throws {
        let loaded = ConfigTestSupport.load(
            Self.config(grants: "        grants: { amount: 500, expires_after: none }\n"))
        let grants = try #require(loaded.config?.product(named: "credits")?.price(named: "pack")?.grants)
        #expect(grants.expiresAfter.value == nil && grants.expiresAfter.isExplicit)
    }

    struct Rule: CustomTestStringConvertible, Sendable {
        let yaml: String
        let code: String
        var severity: Severity = .error
        var fixIt: String? = nil
        var testDescription: String { code }
    }

    static func grants(_ body: String) -> String { config(grants: "        grants: \(body)\n") }
    static func payg(_ body: String) -> String { config(grants: "", payg: "    payg: \(body)\n") }
    static let tooMany = (0..<21).map { _ in "products.api.prices.calls" }.joined(separator: ", ")

    static let rules: [Rule] = [
        Rule(yaml: grants("{ amount: ↓\"0.5\" }"), code: "grant.invalid-amount", fixIt: "1"),
        Rule(yaml: grants("{ amount: ↓0 }"), code: "grant.invalid-amount"),
        Rule(yaml: grants("{ amount: ↓-5 }"), code: "amount.negative"),
        Rule(yaml: grants("{ amount: ↓12.5 }"), code: "schema.float-amount", fixIt: "\"12.5\""),
        Rule(yaml: grants("↓{ priority: 1 }"), code: "schema.missing-key"),
        Rule(yaml: grants("{ amount: 1, priority: ↓101 }"), code: "grant.invalid-priority"),
        Rule(yaml: grants("{ amount: 1, priority: ↓high }"), code: "schema.invalid-integer"),
        Rule(yaml: grants("{ amount: 1, category: ↓gift }"), code: "schema.invalid-value"),
        Rule(
            yaml: grants("{ amount: 1, mechanism: ↓balance }"), code: "schema.invalid-value",
            fixIt: nil),
        Rule(
            yaml: grants("{ amount: 1, ↓expires_afer: 30d }"), code: "schema.unknown-key",
            fixIt: "expires_after"),
        Rule(yaml: grants("{ amount: 1, expires_after: ↓1y }"), code: "grant.invalid-expiry"),
        Rule(
            yaml: grants("{ amount: 1, applies_to: ↓meterd }"), code: "schema.invalid-value", fixIt: "metered"
        ),
        Rule(yaml: grants("{ amount: 1, applies_to: ↓[] }"), code: "grant.no-prices", fixIt: "metered"),
        Rule(yaml: grants("{ amount: 1, applies_to: [↓api.calls] }"), code: "grant.invalid-price-address"),
        Rule(
            yaml: grants("{ amount: 1, applies_to: [↓products.api.prices.cals] }"),
            code: "grant.unknown-price",
            fixIt: "products.api.prices.calls"),
        Rule(
            yaml: grants("{ amount: 1, applies_to: [↓products.api.prices.seat] }"),
            code: "grant.price-not-metered"),
        Rule(yaml: grants("{ amount: 1, applies_to: ↓[\(tooMany)] }"), code: "grant.too-many-prices"),
        Rule(
            yaml: grants(
                "{ amount: 1, applies_to: [products.api.prices.calls, ↓products.api.prices.calls] }"),
            code: "grant.duplicate-price", severity: .warning),
        Rule(
            yaml: grants("{ amount: 1, applies_to: [↓products.api.prices.calls_eur] }"),
            code: "grant.currency-mismatch", severity: .warning),
        Rule(
            yaml: grants("{ amount: 1, mechanism: customer_balance, priority: ↓10 }"),
            code: "grant.ignored-by-balance", severity: .warning),
        Rule(
            yaml: config(grants: "").replacingOccurrences(
                of: "per_unit: \"0.2\" }\n      calls_eur",
                with: "per_unit: \"0.2\", grants: ↓{ amount: 5 } }\n      calls_eur"),
            code: "grant.on-metered-price"),
        Rule(yaml: payg("{ threshold: ↓\"99.5\" }"), code: "payg.invalid-threshold", fixIt: "100"),
        Rule(yaml: payg("↓{ reset_billing_cycle_anchor: true }"), code: "schema.missing-key"),
        Rule(
            yaml: payg("{ threshold: 100, reset_billing_cycle_anchor: ↓yes }"),
            code: "schema.invalid-boolean",
            fixIt: "true"),
        Rule(
            yaml: config(grants: "").replacingOccurrences(
                of: "    name: Credits\n", with: "    name: Credits\n    payg: ↓{ threshold: 100 }\n"),
            code: "payg.no-recurring-prices", severity: .warning),
    ]

    @Test(arguments: rules)
    func ruleReportsAtTheMarkedPlace(rule: Rule) throws {
        let marked = MarkedYAML(rule.yaml)
        let loaded = ConfigTestSupport.load(marked.text)
        let diagnostic = try #require(
            loaded.diagnostics.diagnostics.first { $0.code == rule.code },
            "got \(ConfigTestSupport.located(loaded.diagnostics.diagnostics))")
        #expect(diagnostic.severity == rule.severity)
        #expect(diagnostic.range?.start.line == marked.line)
        #expect(diagnostic.range?.start.column == marked.column)
        #expect(diagnostic.fixIt == rule.fixIt)
        #expect((loaded.config == nil) == (rule.severity == .error))
    }

    @Test func messagesSayWhatWasExpected() throws {
        let loaded = ConfigTestSupport.load(Self.grants("{ amount: 1, priority: 101 }"))
        let message = try #require(
            loaded.diagnostics.diagnostics.first { $0.code == "grant.invalid-priority" })
        #expect(message.message.contains("'grants' of price 'credits.pack'"))
        #expect(message.message.contains("0 (applied first) to 100"))
    }
}

/// The api-business example declares a credit pack with grants and a PAYG product.
@Suite struct BillingPolicyExampleTests {
    @Test func apiBusinessCreditPackAndPayg() throws {
        let loaded = ExampleModelTests.example("api-business")
        let config = try #require(loaded.config)
        #expect(loaded.diagnostics.diagnostics.isEmpty)
        let grants = try #require(config.product(named: "credit_pack")?.price(named: "credits_100k")?.grants)
        #expect(grants.amount.value == 15_000)
        #expect(grants.priority.value == 10)
        #expect(grants.expiresAfter.value?.text == "365d")
        #expect(grants.amount.range?.file == "examples/api-business/products-credits.yaml")
        #expect(config.product(named: "data_export")?.payg?.threshold.value == 50_000)
        #expect(config.product(named: "search_api")?.payg == nil)
    }
}
