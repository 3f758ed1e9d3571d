import Foundation
import Testing

import TariffUsage
@testable import TariffUsageStore

/// The PostgreSQL source against a real server: runs when `TARIFF_TEST_POSTGRES_URL` is set
/// (`scripts/with-postgres` starts one; `scripts/test` runs the suite under it).
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["TARIFF_TEST_POSTGRES_URL"] != nil,
        "TARIFF_TEST_POSTGRES_URL is not set: run under scripts/with-postgres to test against PostgreSQL 15"))
struct PostgresSourceTests {
    static var urlText: String { ProcessInfo.processInfo.environment["TARIFF_TEST_POSTGRES_URL"] ?? "" }

    @Test func runsAQueryOnTheUsersTable() async throws {
        let source = PostgresEventSource(url: try PostgresURL(Self.urlText))
        let table = "tariff_events_\(UInt32.random(in: 0...UInt32.max))"
        try await source.execute([
            "CREATE TABLE \(table) (time timestamptz NOT NULL, company text NOT NULL, body jsonb NOT NULL)",
            """
            INSERT INTO \(table) VALUES
              ('2026-11-30T10:05:00Z', 'acme', '{"request": {"verb": "GET"}}'),
              ('2026-11-30T10:55:00Z', 'acme', '{"request": {"verb": "GET"}}'),
              ('2026-11-30T10:56:00Z', 'acme', '{"request": {"verb": "POST"}}'),
              ('2026-11-30T11:00:00Z', 'beta', '{"request": {"verb": "GET"}}')
            """,
        ])
        let totals = try await source.totals(
            sql: """
                SELECT 'api_calls' AS meter, company,
                  CAST(floor(extract(epoch FROM time) / 3600) * 3600 AS bigint) AS window_start,
                  CAST(count(*) AS bigint) AS value
                FROM \(table) WHERE body #>> '{request,verb}' = 'GET'
                GROUP BY company, window_start ORDER BY company, window_start
                """)
        try await source.execute(["DROP TABLE \(table)"])
        #expect(
            totals == [
                UsageTotal(meter: "api_calls", company: "acme", windowStart: 1_796_032_800, value: 2),
                UsageTotal(meter: "api_calls", company: "beta", windowStart: 1_796_036_400, value: 1),
            ])
    }

    @Test func aWrongPasswordFailsWithoutShowingIt() async throws {
        var url = try PostgresURL(Self.urlText)
        url.password = "not-the-password-\(UInt32.random(in: 0...UInt32.max))"
        let source = PostgresEventSource(url: url)
        do {
            _ = try await source.totals(sql: "SELECT 'm', 'c', 0::bigint, 0::bigint")
            Issue.record("a wrong password connected")
        } catch {
            #expect(!error.description.contains(url.password ?? "?"))
            #expect(error.description.contains("***"))
        }
    }
}

/// URL parsing and secrets, without a server.
@Suite struct PostgresURLTests {
    @Test func parsesAndRedacts() throws {
        let url = try PostgresURL("postgresql://bill%40co:s%3Acret@db.internal:6543/events?sslmode=require")
        #expect(url.username == "bill@co")
        #expect(url.password == "s:cret")
        #expect(url.host == "db.internal")
        #expect(url.port == 6543)
        #expect(url.database == "events")
        #expect(url.sslMode == .require)
        #expect(url.redacted == "postgres://bill@co:***@db.internal:6543/events")
        #expect(!url.redacted.contains("cret"))
    }

    @Test func refusesOtherURLsWithoutEchoingThem() {
        do {
            _ = try PostgresURL("mysql://user:hunter2@host/db")
            Issue.record("accepted a mysql URL")
        } catch {
            #expect(!error.description.contains("hunter2"))
        }
        #expect(throws: UsageStoreError.self) { try PostgresURL("postgres://host/db") }
        #expect(throws: UsageStoreError.self) { try PostgresURL("postgres://u:p@host/db?sslmode=sometimes") }
    }

    @Test func readsSecretReferences() throws {
        #expect(
            try SecretReader.read("env:PG", environment: ["PG": "postgres://u@h/d"]) == "postgres://u@h/d")
        #expect(throws: UsageStoreError.self) { try SecretReader.read("env:PG", environment: [:]) }
        #expect(throws: UsageStoreError.self) {
            try SecretReader.read("postgres://u:p@h/d", environment: [:])
        }
    }
}
