import Testing
import TariffConfig
import TariffDiagnostics

/// One row per semantic rule: the input (with `↓` at the expected location), the code, and
/// the severity. Rules also covered by the bad-input corpus are repeated here only when the
/// corpus does not show a variant.
@Suite struct SemanticRuleTests {
    struct Rule: CustomTestStringConvertible, Sendable {
        let yaml: String
        let code: String
        var severity: Severity = .error
        var testDescription: String { code }
    }

    /// A config with one product `p` whose single price `m` has `priceLines` (8-space indent),
    /// and `head` inserted after `version: 1`.
    static func config(head: String = "", product: String = "", _ priceLines: String) -> String {
        "version: 1\n\(head)products:\n  p:\n    name: P\n\(product)    prices:\n      m:\n\(priceLines)"
    }

    static let meter = "meters:\n  calls:\n    display_name: Calls\n    metric: { aggregate: count }\n"
    static let monthly = "        currency: usd\n        interval: month\n"

    static let rules: [Rule] = [
        // stripe
        Rule(yaml: "version: 1\nstripe:\n  namespace: ↓acme corp\n", code: "stripe.invalid-namespace"),
        Rule(yaml: "version: 1\nstripe:\n  account: ↓\"\"\n", code: "stripe.invalid-account"),
        Rule(
            yaml: "version: 1\nstripe:\n  api_version: ↓2026-7-29.dahlia\n",
            code: "stripe.invalid-api-version"),
        Rule(
            yaml: "version: 1\nstripe:\n  api_version: ↓2024-06-20.acacia\n",
            code: "stripe.unsupported-api-version"),
        Rule(yaml: "version: 1\nstripe:\n  api_key: ↓\"file:\"\n", code: "stripe.invalid-api-key-reference"),
        Rule(yaml: "version: 1\nstripe:\n  api_key: ↓my-secret\n", code: "stripe.literal-api-key"),
        Rule(
            yaml: "version: 1\nstripe:\n  webhook:\n    url: ↓hooks.example.com/x\n    events: [\"*\"]\n",
            code: "webhook.invalid-url"),
        Rule(
            yaml:
                "version: 1\nstripe:\n  webhook:\n    url: ↓ftp://hooks.example.com/x\n    events: [\"*\"]\n",
            code: "webhook.insecure-url"),
        Rule(
            yaml: "version: 1\nstripe:\n  webhook:\n    ↓url: https://h.example/x\n    events: []\n",
            code: "webhook.no-events"),
        Rule(
            yaml:
                "version: 1\nstripe:\n  webhook:\n    url: https://h.example/x\n    events: [invoice.paid, ↓invoice.paid]\n",
            code: "webhook.duplicate-event", severity: .warning),
        Rule(
            yaml:
                "version: 1\nstripe:\n  webhook:\n    url: https://h.example/x\n    events: [↓invoice.payed]\n",
            code: "webhook.unknown-event"),
        Rule(
            yaml: "version: 1\nid_mapping:\n  user_id: ↓customer.metadata.\n", code: "id-mapping.invalid-path"
        ),
        Rule(
            yaml: "version: 1\nstripe:\n  webhook:\n    url: https://h.example/x\n    events: [\"*\"]\n"
                + "    description: ↓\(String(repeating: "d", count: 5001))\n",
            code: "webhook.description-too-long"),
        // meters
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count, field: ↓request.id }\n",
            code: "meter.field-not-allowed"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count, decimal: ↓{ round: up } }\n",
            code: "meter.decimal-not-allowed"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: max, field: a, decimal: { scale: ↓0, round: up } }\n",
            code: "meter.invalid-scale"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: last, field: ↓a..b }\n",
            code: "meter.invalid-field"),
        Rule(
            yaml: "version: 1\nmeters:\n  m:\n    display_name: ↓\" \"\n    metric: { aggregate: count }\n",
            code: "meter.empty-display-name"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: ↓\(String(repeating: "d", count: 251))\n    metric: { aggregate: count }\n",
            code: "meter.display-name-too-long"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    event_name: ↓\(String(repeating: "e", count: 101))\n    metric: { aggregate: count }\n",
            code: "meter.event-name-too-long"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count }\n    filter: { all: ↓[] }\n",
            code: "meter.invalid-filter"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count }\n    filter: { field: a, range: ↓{} }\n",
            code: "meter.invalid-filter"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count }\n    filter: "
                + String(repeating: "{ not: ", count: 16) + "↓{ field: a, eq: 1 }"
                + String(repeating: " }", count: 16) + "\n", code: "meter.filter-too-deep"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    event_name: ↓\"\"\n    metric: { aggregate: count }\n",
            code: "meter.empty-event-name"),
        Rule(
            yaml:
                "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: sum, field: a, decimal: { scale: ↓x, round: up } }\n",
            code: "schema.invalid-number"),
        Rule(
            yaml: "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count }\n"
                + "    filter: { field: response.status, range: { gte: ↓two } }\n",
            code: "schema.invalid-number"),
        Rule(
            yaml: "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count }\n"
                + "    filter: { field: ↓request..route, eq: x }\n",
            code: "meter.invalid-field"),
        Rule(
            yaml: "version: 1\nmeters:\n  m:\n    display_name: M\n    metric: { aggregate: count }\n"
                + "    filter: { any: [ { field: a, ↓range: { gte: 300, lt: 200 } } ] }\n",
            code: "meter.empty-filter-range"),
        // products
        Rule(
            yaml: "version: 1\nproducts:\n  p:\n    name: ↓\(String(repeating: "n", count: 5001))\n",
            code: "product.name-too-long"),
        Rule(yaml: "version: 1\nproducts:\n  p:\n    name: ↓\"\"\n", code: "product.empty-name"),
        Rule(
            yaml:
                "version: 1\nproducts:\n  p:\n    name: P\n    description: ↓\(String(repeating: "x", count: 40001))\n",
            code: "product.description-too-long"),
        Rule(
            yaml: "version: 1\nproducts:\n  p:\n    name: P\n    tax_code: ↓txcd_123\n",
            code: "product.invalid-tax-code"),
        Rule(
            yaml: "version: 1\nproducts:\n  ↓\(String(repeating: "p", count: 65)):\n    name: P\n",
            code: "product.invalid-id"),
        Rule(
            yaml:
                "version: 1\nproducts:\n  p:\n    name: P\n    default_price: ↓y\n  q:\n    name: Q\n    prices:\n      y: { currency: usd, flat: 1 }\n",
            code: "product.unknown-default-price"),
        // prices
        Rule(
            yaml: config("        currency: usd\n        interval_count: ↓2\n        flat: 1\n"),
            code: "price.interval-count-without-interval"),
        Rule(
            yaml: config(
                "        currency: usd\n        interval: week\n        interval_count: ↓157\n        flat: 1\n"
            ), code: "price.invalid-interval-count"),
        Rule(
            yaml: config(
                "        currency: usd\n        interval: year\n        interval_count: ↓0\n        flat: 1\n"
            ), code: "price.invalid-interval-count"),
        Rule(
            yaml: config(
                head: meter,
                "        currency: usd\n        interval: month\n        meter: calls\n        per_unit: \"1\"\n"
            ).replacingOccurrences(of: "      m:", with: "      ↓m:"), code: "price.metered-without-nickname",
            severity: .warning),
        Rule(
            yaml: config(monthly + "        flat: 1\n        on_change: { proration: ↓none }\n"),
            code: "price.proration-unused", severity: .warning),
        Rule(
            yaml: config(monthly + "        lookup_key: ↓\"\"\n        flat: 1\n"),
            code: "price.empty-lookup-key"),
        Rule(
            yaml: config(
                monthly + "        nickname: ↓\(String(repeating: "n", count: 5001))\n        flat: 1\n"),
            code: "price.nickname-too-long"),
        Rule(yaml: config(monthly + "        ↓graduated: []\n"), code: "price.no-tiers"),
        Rule(
            yaml: config(
                monthly
                    + "        graduated:\n          - { up_to: ↓0, unit_amount: 1 }\n          - { up_to: inf, unit_amount: 1 }\n"
            ), code: "price.invalid-up-to"),
        Rule(
            yaml: config(
                monthly
                    + "        volume:\n          - { up_to: 10, unit_amount: 1 }\n          - { up_to: ↓10, unit_amount: 1 }\n          - { up_to: inf, unit_amount: 1 }\n"
            ), code: "price.tiers-unordered"),
        Rule(
            yaml: config(
                monthly + "        per_unit: 1\n        currency_options:\n          ↓usd: { per_unit: 1 }\n"),
            code: "price.currency-option-duplicates-currency"),
        Rule(
            yaml: config(
                monthly + "        per_unit: 1\n        currency_options:\n          eur: { ↓flat: 1 }\n"),
            code: "price.currency-option-model-mismatch"),
        Rule(
            yaml: config(
                monthly
                    + "        package: { size: 10, amount: 1 }\n        currency_options:\n          eur: { ↓package: { size: 20, amount: 1 } }\n"
            ), code: "price.currency-option-package-mismatch"),
        Rule(
            yaml: config(
                monthly + "        per_unit: 1\n        currency_options:\n          ↓xyz: { per_unit: 1 }\n"),
            code: "price.unknown-currency"),
        Rule(
            yaml: config(
                monthly
                    + "        per_unit: 1\n        currency_options:\n          eur: { per_unit: 1, tax_behavior: ↓excl }\n"
            ), code: "schema.invalid-value"),
        Rule(
            yaml: config(
                monthly + "        graduated:\n          - { up_to: inf, unit_amount: 1, ↓unit_amout: 2 }\n"),
            code: "schema.unknown-key"),
        Rule(
            yaml: config(monthly + "        package: { size: 10, amount: 1, round: ↓nearest }\n"),
            code: "schema.invalid-value"),
        Rule(yaml: config(monthly + "        package: ↓{ amount: 1 }\n"), code: "schema.missing-key"),
        Rule(
            yaml: config(
                monthly
                    + "        graduated:\n          - { up_to: 10, unit_amount: 1, flat_amount: ↓\"0.5\" }\n          - { up_to: inf, unit_amount: 1 }\n"
            ), code: "price.fractional-flat-amount"),
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
        #expect((loaded.config == nil) == (rule.severity == .error))
    }
}
