import Foundation
import Testing
import TariffConfig
import TariffDiagnostics

/// Every file of `Fixtures/bad/` is rejected with the expected code at the expected place,
/// without a crash or a hang. (The CLI tests run a sample of them through the real binary.)
@Suite struct BadInputCorpusTests {
    /// File, code, line, column.
    static let corpus: [(String, String, Int, Int)] = [
        ("alias-bomb.yaml", "yaml.alias-bomb", 6, 36),
        ("binary.yaml", "yaml.binary", 1, 1),
        ("boolean-yes.yaml", "schema.invalid-boolean", 5, 13),
        ("comments-only.yaml", "yaml.empty", 1, 1),
        ("dangling-default-price.yaml", "product.unknown-default-price", 5, 20),
        ("dangling-meter.yaml", "price.unknown-meter", 10, 16),
        ("decimal-metric-without-rounding.yaml", "meter.decimal-rounding-missing", 8, 16),
        ("duplicate-event-name.yaml", "meter.duplicate-event-name", 9, 17),
        ("duplicate-key.yaml", "yaml.duplicate-key", 5, 5),
        ("duplicate-lookup-key.yaml", "price.duplicate-lookup-key", 13, 21),
        ("empty.yaml", "yaml.empty", 1, 1),
        ("float-amount.yaml", "schema.float-amount", 9, 19),
        ("fractional-package-size.yaml", "schema.invalid-integer", 9, 26),
        ("http-webhook.yaml", "webhook.insecure-url", 4, 10),
        ("interval-count-quoted.yaml", "schema.invalid-integer", 9, 25),
        ("interval-count-too-large.yaml", "price.invalid-interval-count", 9, 25),
        ("interval-count-underscore.yaml", "schema.invalid-integer", 9, 25),
        ("invalid-api-version.yaml", "stripe.invalid-api-version", 3, 16),
        ("invalid-env-reference.yaml", "stripe.invalid-api-key-reference", 3, 12),
        ("invalid-filter.yaml", "meter.invalid-filter", 6, 13),
        ("invalid-id-mapping.yaml", "id-mapping.invalid-path", 3, 15),
        ("invalid-mode.yaml", "schema.invalid-value", 3, 9),
        ("invalid-product-id.yaml", "product.invalid-id", 3, 3),
        ("invalid-proration.yaml", "schema.invalid-value", 10, 59),
        ("invalid-utf8.yaml", "yaml.invalid-utf8", 4, 14),
        ("literal-api-key.yaml", "stripe.literal-api-key", 3, 12),
        ("lookup-key-too-long.yaml", "price.lookup-key-too-long", 9, 21),
        ("metadata-bracket-key.yaml", "metadata.invalid-key", 6, 7),
        ("metadata-key-too-long.yaml", "metadata.key-too-long", 6, 7),
        ("metadata-reserved-key.yaml", "metadata.reserved-key", 6, 7),
        ("metadata-too-many-keys.yaml", "metadata.too-many-keys", 6, 7),
        ("metadata-value-too-long.yaml", "metadata.value-too-long", 6, 13),
        ("metered-flat.yaml", "price.metered-flat", 15, 9),
        ("metered-one-time.yaml", "price.metered-one-time", 13, 16),
        ("missing-currency.yaml", "schema.missing-key", 6, 7),
        ("missing-inf-tier.yaml", "price.missing-inf-tier", 11, 22),
        ("missing-product-name.yaml", "schema.missing-key", 3, 3),
        ("missing-version.yaml", "schema.missing-key", 1, 1),
        ("misspelled-interval.yaml", "schema.invalid-value", 8, 19),
        ("misspelled-price-key.yaml", "schema.unknown-key", 8, 9),
        ("multiple-documents.yaml", "yaml.multiple-documents", 2, 1),
        ("negative-amount.yaml", "amount.negative", 9, 15),
        ("no-pricing-model.yaml", "price.pricing-model-missing", 6, 7),
        ("null-nickname.yaml", "schema.type-mismatch", 9, 19),
        ("root-scalar.yaml", "config.root-not-mapping", 1, 1),
        ("root-sequence.yaml", "config.root-not-mapping", 1, 1),
        ("stripe-not-mapping.yaml", "schema.type-mismatch", 2, 9),
        ("sum-without-field.yaml", "meter.field-required", 5, 26),
        ("syntax-unclosed-flow.yaml", "yaml.syntax", 6, 1),
        ("tab-indentation.yaml", "yaml.syntax", 3, 1),
        ("tier-without-amount.yaml", "price.tier-amount-missing", 10, 13),
        ("too-precise-amount.yaml", "amount.too-precise", 9, 19),
        ("two-open-ended-tiers.yaml", "price.inf-tier-not-last", 10, 22),
        ("two-pricing-models.yaml", "price.pricing-model-conflict", 10, 9),
        ("unclosed-quote.yaml", "yaml.syntax", 6, 1),
        ("undefined-alias.yaml", "yaml.undefined-alias", 2, 11),
        ("unit-label-too-long.yaml", "product.unit-label-too-long", 5, 17),
        ("unknown-currency.yaml", "price.unknown-currency", 7, 19),
        ("unknown-event-glob.yaml", "webhook.unknown-event", 5, 14),
        ("unknown-top-level-key.yaml", "schema.unknown-key", 2, 1),
        ("unordered-tiers.yaml", "price.tiers-unordered", 11, 22),
        ("unsupported-version.yaml", "config.unsupported-version", 1, 10),
        ("uppercase-currency.yaml", "price.currency-case", 7, 19),
        ("version-string.yaml", "schema.invalid-integer", 1, 10),
        ("zero-package-size.yaml", "price.invalid-package-size", 9, 26),
    ]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/bad")

    @Test func corpusHasAtLeastFortyFilesAndTheTableCoversEachOnce() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 40)
        #expect(files == Self.corpus.map(\.0).sorted())
    }

    @Test(arguments: corpus)
    func badFileIsRejectedAtTheRightPlace(file: String, code: String, line: Int, column: Int) throws {
        let bytes = try Data(contentsOf: Self.directory.appendingPathComponent(file))
        let loaded = ConfigLoader.load(inputs: [ConfigSourceFile(path: file, bytes: Array(bytes))])
        #expect(loaded.config == nil)
        let errors = loaded.diagnostics.diagnostics.filter { $0.severity == .error }
        let found = errors.first { $0.code == code }
        #expect(found != nil, "got \(ConfigTestSupport.located(errors))")
        #expect(found?.range?.start.line == line)
        #expect(found?.range?.start.column == column)
        #expect(found?.range?.file == file)
    }
}
