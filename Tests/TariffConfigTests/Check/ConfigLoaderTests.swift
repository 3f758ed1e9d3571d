import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// The loader's contract: digest, secret masking, and how loading errors stop the check.
@Suite struct ConfigLoaderTests {
    static let valid = "version: 1\nproducts:\n  p:\n    name: P\n"

    @Test func digestDependsOnContentNotOnPathsOrOrder() {
        let a = ConfigSourceFile(path: "a.yaml", bytes: Array("version: 1\n".utf8))
        let b = ConfigSourceFile(path: "b.yaml", bytes: Array("products: {}\n".utf8))
        let renamed = ConfigSourceFile(path: "dir/x.yaml", bytes: a.bytes)
        let first = ConfigLoader.load(inputs: [a, b]).digest
        #expect(first.count == 64)
        #expect(first.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(ConfigLoader.load(inputs: [b, renamed]).digest == first)
        let changed = ConfigSourceFile(path: "b.yaml", bytes: Array("products: { }\n".utf8))
        #expect(ConfigLoader.load(inputs: [a, changed]).digest != first)
    }

    @Test func literalKeyNeverAppearsInDiagnosticsOrQuotedSource() throws {
        let key = "sk_live_51SecretValueThatMustNotLeak"
        let loaded = ConfigTestSupport.load("version: 1\nstripe:\n  api_key: \(key)\n  mode: live\n")
        let diagnostic = try #require(loaded.diagnostics.diagnostics.first)
        #expect(diagnostic.code == "stripe.literal-api-key")
        let everything = loaded.diagnostics.diagnostics.map { "\($0.message) \($0.fixIt ?? "") \($0.notes)" }
            .joined()
        #expect(!everything.contains("sk_live"))
        #expect(!everything.contains("SecretValue"))
        let printed = DiagnosticPrinter(files: loaded.files).render(loaded.diagnostics.sorted)
        #expect(!printed.contains("SecretValue") && !printed.contains("sk_"))
        #expect(
            loaded.files.line(3, of: "tariff.yaml") == "  api_key: "
                + String(repeating: "*", count: key.count))
        #expect(loaded.files.line(4, of: "tariff.yaml") == "  mode: live")
    }

    @Test func referencesAreKeptAsReferences() throws {
        let loaded = ConfigTestSupport.load("version: 1\nstripe:\n  api_key: file:secrets/stripe.key\n")
        let config = try #require(loaded.config)
        #expect(config.stripe.apiKey.value == .file("secrets/stripe.key"))
        #expect(config.stripe.apiKey.value.description == "file:secrets/stripe.key")
    }

    @Test func warningsAloneStillProduceAConfig() throws {
        let yaml = """
            version: 1
            meters:
              calls: { display_name: Calls, metric: { aggregate: count } }
            products:
              p:
                name: P
                prices:
                  m: { currency: usd, interval: month, meter: calls, per_unit: "1" }
            """
        let loaded = ConfigTestSupport.load(yaml)
        #expect(loaded.config != nil)
        #expect(loaded.diagnostics.diagnostics.map(\.code) == ["price.metered-without-nickname"])
    }

    @Test func yamlErrorsMeanNoConfig() {
        let loaded = ConfigTestSupport.load("version: 1\nproducts: [\n")
        #expect(loaded.config == nil)
        #expect(loaded.diagnostics.diagnostics.map(\.code) == ["yaml.syntax"])
    }

    @Test func missingPathIsReportedWithoutLocation() {
        let loaded = ConfigLoader.load(paths: ["/nonexistent/tariff-config-test.yaml"])
        #expect(loaded.config == nil)
        #expect(loaded.diagnostics.diagnostics.first?.code == "config.missing-path")
        #expect(loaded.diagnostics.diagnostics.first?.range == nil)
    }

    @Test func globsExpandAndStarMeansAll() throws {
        let yaml =
            "version: 1\nstripe:\n  webhook:\n    url: https://h.example/x\n    events: [\"*\", billing.meter.*]\n"
        let config = try #require(ConfigTestSupport.load(yaml).config)
        #expect(config.stripe.webhook?.enabledEvents == ["*"])
        let single =
            "version: 1\nstripe:\n  webhook:\n    url: https://h.example/x\n    events: [\"billing.meter.*\", price.?pdated]\n"
        let webhook = try #require(ConfigTestSupport.load(single).config?.stripe.webhook)
        #expect(
            webhook.enabledEvents == [
                "billing.meter.created", "billing.meter.deactivated", "billing.meter.reactivated",
                "billing.meter.updated", "price.updated",
            ])
    }
}
