import Foundation
import Testing

/// `tariff usage sql`: one statement per meter, in the chosen dialect and range.
@Suite struct UsageSQLCommandTests {
    static let range = ["--from", "2026-10-28T00:00:00Z", "--to", "1793750400"]

    @Test func printsEveryMeterOfTheConfig() throws {
        let result = try TariffBinary.run(
            ["usage", "sql", "--dialect", "clickhouse"] + Self.range + ["examples/api-business"])
        #expect(result.status == 0, "\(result.stderr)")
        let meters = result.stdout.split(separator: "\n").filter { $0.hasPrefix("-- meter: ") }
        #expect(meters == ["-- meter: api_calls", "-- meter: data_transfer"])
        #expect(result.stdout.contains("JSONExtractString"))
        // usage.window of examples/api-business is day: windows of 86400 seconds, from the range.
        #expect(result.stdout.contains("intDiv(\"ts\", 86400000) * 86400"))
        #expect(result.stdout.contains("\"ts\" >= 1793145600000 AND \"ts\" < 1793750400000"))
        #expect(result.stdout.components(separatedBy: ";\n").count == 3)
    }

    @Test func oneMeterWithAnotherTable() throws {
        let result = try TariffBinary.run(
            [
                "usage", "sql", "--dialect", "bigquery", "--meter", "data_transfer", "--table",
                "analytics.events",
            ]
                + Self.range + ["examples/api-business"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("-- meter: data_transfer\n"))
        #expect(result.stdout.contains("FROM `analytics`.`events`"))
        #expect(!result.stdout.contains("api_calls"))
    }

    @Test func unknownMeterSuggestsTheClosest() throws {
        let result = try TariffBinary.run(
            ["usage", "sql", "--dialect", "sqlite", "--meter", "api_call", "examples/api-business"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no meter 'api_call'"))
        #expect(result.stderr.contains("did you mean 'api_calls'?"))
    }

    @Test func unknownDialectIsAUsageError() throws {
        let result = try TariffBinary.run(["usage", "sql", "--dialect", "oracle", "examples/api-business"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("oracle"))
    }

    @Test func badPeriodsFileIsLocated() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tariff-periods-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("periods.csv")
        try Data("company,start,end\nacme,10,5\n".utf8).write(to: file)
        let result = try TariffBinary.run(
            ["usage", "sql", "--dialect", "duckdb", "--periods", file.path, "examples/api-business"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("periods.csv:2:1"))
        #expect(result.stderr.contains("periods.invalid-row"))
    }
}
