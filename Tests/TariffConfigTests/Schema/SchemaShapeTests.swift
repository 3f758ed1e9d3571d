import Testing
import TariffConfig
import TariffDiagnostics

/// Unknown keys, missing keys and wrong node kinds, all reported in one run.
@Suite struct SchemaShapeTests {
    /// (`nmae` is reported as an unknown key with "did you mean 'name'", not also as a missing `name`.)
    @Test func everyProblemIsReportedInOneRun() {
        let yaml = """
            version: 1
            stripe:
              mode: tset
              webhok: {}
            products:
              p:
                nmae: P
                prices:
                  m:
                    currency: usd
                    intervall: month
                    flat: -5
              q: [1]
            """
        let loaded = ConfigTestSupport.load(yaml)
        #expect(loaded.config == nil)
        #expect(
            ConfigTestSupport.located(loaded.diagnostics.sorted) == [
                "schema.invalid-value@3:9",
                "schema.unknown-key@4:3",
                "schema.unknown-key@7:5",
                "schema.unknown-key@11:9",
                "amount.negative@12:15",
                "schema.type-mismatch@13:6",
            ])
    }

    @Test func unknownKeySuggestsTheClosestKey() throws {
        let loaded = ConfigTestSupport.load("version: 1\nid_mapping:\n  compnay_id: customer.id\n")
        let diagnostic = try #require(loaded.diagnostics.diagnostics.first)
        #expect(diagnostic.code == "schema.unknown-key")
        #expect(diagnostic.message == "unknown key 'compnay_id' in 'id_mapping'; did you mean 'company_id'?")
        #expect(diagnostic.fixIt == "company_id")
    }

    @Test func unknownKeyWithoutNearMatchListsTheKeys() throws {
        let loaded = ConfigTestSupport.load("version: 1\nid_mapping:\n  zzz: 1\n")
        let diagnostic = try #require(loaded.diagnostics.diagnostics.first)
        #expect(diagnostic.fixIt == nil)
        #expect(
            diagnostic.message
                == "unknown key 'zzz' in 'id_mapping'; expected one of 'company_id', 'user_id' or 'on_missing'"
        )
    }

    @Test func missingKeyPointsAtTheEntryKey() throws {
        let marked = MarkedYAML("version: 1\nmeters:\n  ↓calls:\n    metric: { aggregate: count }\n")
        let loaded = ConfigTestSupport.load(marked.text)
        let diagnostic = try #require(loaded.diagnostics.diagnostics.first)
        #expect(diagnostic.code == "schema.missing-key")
        #expect(diagnostic.message == "meter 'calls' is missing the required key 'display_name'")
        #expect(diagnostic.range?.start.line == marked.line)
        #expect(diagnostic.range?.start.column == marked.column)
    }

    @Test(arguments: [
        ("version: 1\nstripe: ↓[]\n", "expected a mapping for 'stripe', found a list"),
        (
            "version: 1\nproducts: ↓text\n",
            "expected a mapping of names to entries for 'products', found 'text'"
        ),
        (
            "version: 1\nstripe:\n  webhook:\n    url: https://x.example\n    events: ↓customer.*\n",
            "expected a list for 'stripe.webhook.events', found 'customer.*'"
        ),
    ])
    func wrongNodeKindIsReported(marked: String, message: String) throws {
        let input = MarkedYAML(marked)
        let loaded = ConfigTestSupport.load(input.text)
        let diagnostic = try #require(loaded.diagnostics.diagnostics.first)
        #expect(diagnostic.code == "schema.type-mismatch")
        #expect(diagnostic.message == message)
        #expect(diagnostic.range?.start.line == input.line)
        #expect(diagnostic.range?.start.column == input.column)
    }

    @Test func unreadablePriceDoesNotMakeItsReferencesDangle() {
        let yaml = """
            version: 1
            meters:
              calls:
                display_name: Calls
                metric: { aggregate: bogus }
            products:
              p:
                name: P
                default_price: m
                prices:
                  m:
                    nickname: Calls
                    currency: usd
                    interval: month
                    meter: calls
            """
        let codes = ConfigTestSupport.load(yaml).diagnostics.diagnostics.map(\.code)
        #expect(codes == ["schema.invalid-value", "price.pricing-model-missing"])
    }
}
