import Foundation
import Testing

/// `tariff validate` end to end: the real binary, its exit status, stdout and stderr.
@Suite struct ValidateCommandTests {
    @Test func validExamplesPrintOneSummaryLineEachAndExitZero() throws {
        let result = try TariffBinary.run(["validate", "examples/minimal", "examples/api-business"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                examples/minimal: valid — 1 product, 1 price, 0 meters, no webhook
                examples/api-business: valid — 3 products, 6 prices, 2 meters, a webhook

                """)
        #expect(result.stderr == "")
    }

    @Test func invalidExamplePrintsItsGoldenDiagnosticsAndExitsOne() throws {
        let result = try TariffBinary.run(["validate", "--color", "never", "examples/invalid/typos.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let golden = try String(
            contentsOf: TariffBinary.repositoryRoot.appendingPathComponent("examples/invalid/typos.expected"),
            encoding: .utf8)
        #expect(result.stderr == golden)
    }

    /// A sample of the bad-input corpus: each exits 1 with the code at the expected place.
    @Test(arguments: [
        ("alias-bomb.yaml", "6:36: error[yaml.alias-bomb]"),
        ("binary.yaml", "1:1: error[yaml.binary]"),
        ("tab-indentation.yaml", "3:1: error[yaml.syntax]"),
        ("literal-api-key.yaml", "3:12: error[stripe.literal-api-key]"),
        ("unordered-tiers.yaml", "11:22: error[price.tiers-unordered]"),
        ("unknown-event-glob.yaml", "5:14: error[webhook.unknown-event]"),
        ("duplicate-lookup-key.yaml", "13:21: error[price.duplicate-lookup-key]"),
        ("empty.yaml", "1:1: error[yaml.empty]"),
    ])
    func badInputExitsOneWithALocatedError(file: String, expected: String) throws {
        let path = "Tests/TariffConfigTests/Fixtures/bad/\(file)"
        let result = try TariffBinary.run(["validate", "--color", "never", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):\(expected)"), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("sk_test_51"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-strict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("tariff.yaml")
        try """
        version: 1
        meters:
          calls: { display_name: Calls, metric: { aggregate: count } }
        products:
          p:
            name: P
            prices:
              m: { currency: usd, interval: month, meter: calls, per_unit: "1" }
        """.write(to: file, atomically: true, encoding: .utf8)
        let lenient = try TariffBinary.run(["validate", "--color", "never", file.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning[price.metered-without-nickname]"))
        #expect(lenient.stdout.hasSuffix("valid — 1 product, 1 price, 1 meter, no webhook\n"))
        let strict = try TariffBinary.run(["validate", "--strict", "--color", "never", file.path])
        #expect(strict.status == 1)
        #expect(strict.stdout == "")
    }

    @Test func githubFormatPrintsAnnotations() throws {
        let result = try TariffBinary.run([
            "validate", "--diagnostics-format", "github",
            "Tests/TariffConfigTests/Fixtures/bad/http-webhook.yaml",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "::error file=Tests/TariffConfigTests/Fixtures/bad/http-webhook.yaml,line=4,col=10,"))
    }

    @Test func jsonFormatIsOneDocumentForAllPaths() throws {
        let result = try TariffBinary.run([
            "validate", "--diagnostics-format", "json", "Tests/TariffConfigTests/Fixtures/bad/empty.yaml",
            "Tests/TariffConfigTests/Fixtures/bad/http-webhook.yaml",
        ])
        #expect(result.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any]
        let diagnostics = document?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.compactMap { $0["code"] as? String } == ["yaml.empty", "webhook.insecure-url"])
    }

    @Test func missingDefaultConfigIsAClearError() throws {
        let result = try TariffBinary.run(["validate", "--color", "never"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("tariff.yaml"))
    }

    @Test func helpExplainsTheCommandWithAnExample() throws {
        let result = try TariffBinary.run(["validate", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("tariff validate examples/api-business"))
        #expect(result.stdout.contains("--strict"))
        #expect(result.stdout.contains("--diagnostics-format"))
    }
}
