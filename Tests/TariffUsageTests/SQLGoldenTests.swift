import Foundation
import Testing
import TariffConfig
@testable import TariffUsage

/// Every meter shape of the agreement config (Fixtures/agreement.yaml: every metric and filter
/// test) and of examples/, printed per dialect, against the golden SQL files. Re-record with
/// `TARIFF_RECORD_GOLDENS=1 swift test --filter SQLGoldenTests` and review the diff.
@Suite struct SQLGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The corpus range of scripts/usage_corpus.py: 2026-10-28 to 2026-11-04, across a month.
    static let range = WindowRange(window: .hour, start: 1_793_145_600, end: 1_793_750_400)

    /// Two listed periods (one not aligned to windows); other companies use calendar months.
    static let periods = BillingPeriods([
        BillingPeriod(company: "co_01", start: 1_792_751_415, end: 1_795_343_415),
        BillingPeriod(company: "co_02", start: 1_793_320_200, end: 1_795_912_200),
    ])

    static func config(_ relativePath: String) throws -> Config {
        let loaded = ConfigLoader.load(paths: [directory.appendingPathComponent(relativePath).path])
        return try #require(loaded.config, "\(loaded.diagnostics.diagnostics)")
    }

    /// `tariff usage sql`'s shape: each meter's statement after a `-- meter:` line.
    static func script(_ config: Config, _ dialect: SQLDialect, layout: EventTableLayout) throws -> String {
        let range = try #require(Self.range)
        return config.meters.map { meter in
            let request = UsageQueryRequest(meter: meter, range: range, periods: periods, layout: layout)
            return "-- meter: \(meter.key)\n" + UsageQueryCompiler.sql(request, dialect: dialect)
        }.joined(separator: "\n")
    }

    @Test(arguments: SQLDialect.allCases)
    func agreementMeters(dialect: SQLDialect) throws {
        let config = try Self.config("Fixtures/agreement.yaml")
        try Golden.check(
            try Self.script(config, dialect, layout: .store), named: "agreement.\(dialect.rawValue).sql")
    }

    @Test(arguments: SQLDialect.allCases)
    func exampleMeters(dialect: SQLDialect) throws {
        var config = try Self.config("../../examples/api-business")
        config.meters += try Self.config("../../examples/demo").meters
        try Golden.check(
            try Self.script(config, dialect, layout: .store), named: "examples.\(dialect.rawValue).sql")
    }

    /// The user's PostgreSQL table: timestamptz time, jsonb body, renamed columns.
    @Test func postgresSourceLayout() throws {
        let config = try Self.config("Fixtures/agreement.yaml")
        let source = try #require(config.usage?.source?.postgres)
        try Golden.check(
            try Self.script(config, .postgres, layout: .postgres(source)),
            named: "agreement.postgres-source.sql")
    }
}
