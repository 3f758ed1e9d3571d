import Foundation
import Testing

import TariffUsage
@testable import TariffUsageStore

@Suite struct LedgerTests {
    @Test func recordsAndReplacesPerWindow() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let first = LedgerEntry(
            meter: "api_calls", customer: "cus_1", windowStart: 3_600, value: 10, identifier: "tariff:a",
            requestID: "req_1", sentAt: 100)
        try temporary.store.recordSent(first)
        var corrected = first
        corrected.value = 12
        corrected.identifier = "tariff:b"
        corrected.requestID = nil
        try temporary.store.recordSent(corrected)
        try temporary.store.recordSent(
            LedgerEntry(
                meter: "api_calls", customer: "cus_1", windowStart: 0, value: 1, identifier: "tariff:c",
                requestID: nil, sentAt: 100))
        #expect(
            try temporary.store.reportedValue(meter: "api_calls", customer: "cus_1", windowStart: 3_600)
                == corrected)
        #expect(
            try temporary.store.reportedValue(meter: "api_calls", customer: "cus_2", windowStart: 3_600)
                == nil)
        #expect(try temporary.store.ledgerEntries(meter: "api_calls", from: 3_600) == [corrected])
        #expect(try temporary.store.ledgerEntries(meter: "api_calls", from: 0).count == 2)
    }

    @Test func ledgerSurvivesReopening() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let entry = LedgerEntry(
            meter: "m", customer: "cus_9", windowStart: 7_200, value: 5, identifier: "tariff:x",
            requestID: "req",
            sentAt: 1)
        try temporary.store.recordSent(entry)
        let reopened = try UsageStore.open(path: temporary.store.path)
        defer { reopened.close() }
        #expect(try reopened.reportedValue(meter: "m", customer: "cus_9", windowStart: 7_200) == entry)
    }
}

@Suite struct QueryTests {
    @Test func runsAQueryAndTypesItsRows() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let path = try temporary.write(
            "a.ndjson",
            eventLine(id: "1", company: "acme", time: "2026-11-30T10:05:00Z")
                + eventLine(id: "2", company: "acme", time: "2026-11-30T10:55:00Z")
                + eventLine(id: "3", company: "beta", time: "2026-11-30T11:00:00Z"))
        _ = try temporary.ingest([path])
        let totals = try temporary.store.totals(
            sql: """
                SELECT ?, company, (ts / 3600000) * 3600 AS window_start, count(*) FROM events
                WHERE json_extract(body, '$.request.verb') = 'GET' GROUP BY company, window_start
                ORDER BY company, window_start
                """,
            bindings: [.text("api_calls")])
        #expect(
            totals == [
                UsageTotal(meter: "api_calls", company: "acme", windowStart: 1_796_032_800, value: 2),
                UsageTotal(meter: "api_calls", company: "beta", windowStart: 1_796_036_400, value: 1),
            ])
    }

    @Test func refusesRowsOfAnotherShape() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        #expect(throws: UsageStoreError.self) { try temporary.store.totals(sql: "SELECT 1, 2") }
        #expect(throws: UsageStoreError.self) { try temporary.store.totals(sql: "SELECT 'm', 'c', 0, 1.5") }
    }
}
