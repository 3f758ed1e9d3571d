import Foundation
import Testing

@testable import TariffUsageStore

/// Incremental and idempotent ingest: files, appends, ids, gzip, batches.
@Suite struct IngestTests {
    @Test func sameFileTwiceAddsNothing() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let path = try temporary.write("a.ndjson", eventLine(id: "1") + eventLine(id: "2"))
        let first = try temporary.ingest([path])
        #expect(first.eventsAdded == 2)
        let second = try temporary.ingest([path])
        #expect(second.eventsAdded == 0)
        #expect(second.files.map(\.status) == [.unchanged])
        #expect(try temporary.store.eventCount() == 2)
    }

    @Test func appendedLinesResumeAtTheOffset() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let path = try temporary.write("log.ndjson", eventLine(id: "1") + eventLine(id: "2"))
        _ = try temporary.ingest([path])
        try temporary.append(path, eventLine(id: "3") + "{not json\n")
        let second = try temporary.ingest([path])
        #expect(second.files.map(\.status) == [.resumed])
        #expect(second.files.first?.lines == 2)
        #expect(second.eventsAdded == 1)
        #expect(second.reasons[.malformedJSON]?.samples.first?.hasPrefix("\(path):4:") == true)
    }

    @Test func rewrittenFileIsReadAgainAndDeduplicated() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let path = try temporary.write("log.ndjson", eventLine(id: "1") + eventLine(id: "2"))
        _ = try temporary.ingest([path])
        try temporary.write("log.ndjson", eventLine(id: "9") + eventLine(id: "1") + eventLine(id: "2"))
        let second = try temporary.ingest([path])
        #expect(second.files.map(\.status) == [.read])
        #expect(second.eventsAdded == 1)
        #expect(second.duplicates == 2)
    }

    @Test func sameIdInTwoFilesCountsOnce() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let line = eventLine(id: "shared")
        let a = try temporary.write("a.ndjson", line)
        let b = try temporary.write("b.ndjson", line + eventLine(id: "other"))
        let summary = try temporary.ingest([a, b])
        #expect(summary.eventsAdded == 2)
        #expect(summary.duplicates == 1)
    }

    @Test func eventsWithoutIdAreKeyedByTheirContent() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let mapping = EventFieldMapping(time: "request.time", company: "company_id")
        let path = try temporary.write(
            "a.ndjson", eventLine(id: nil) + eventLine(id: nil) + eventLine(id: nil, company: "beta"))
        let copy = try temporary.write("copy.ndjson", eventLine(id: nil, company: "beta"))
        let summary = try temporary.ingest([path, copy], mapping: mapping)
        #expect(summary.eventsAdded == 2)
        #expect(summary.duplicates == 2)
    }

    @Test func gzipFilesAreReadAndThenSkippedWhenUnchanged() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let plain = (1...500).map { eventLine(id: "g\($0)") }.joined()
        let path = try temporary.write("events.ndjson.gz", try gzip(plain))
        let first = try temporary.ingest([path])
        #expect(first.eventsAdded == 500)
        #expect(first.files.first?.compressed == true)
        let second = try temporary.ingest([path])
        #expect(second.files.map(\.status) == [.unchanged])
        #expect(second.eventsAdded == 0)
    }

    @Test func smallBatchesCommitWithTheirOffsets() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let path = try temporary.write("a.ndjson", (1...10).map { eventLine(id: "b\($0)") }.joined())
        let summary = try temporary.ingest([path], batchSize: 3)
        #expect(summary.eventsAdded == 10)
        #expect(try temporary.ingest([path]).files.map(\.status) == [.unchanged])
    }

    @Test func crlfBlankLinesAndDirectories() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        try temporary.write(
            "dir/a.ndjson", eventLine(id: "1").replacingOccurrences(of: "\n", with: "\r\n") + "\n  \n")
        try temporary.write("dir/nested/b.jsonl", eventLine(id: "2"))
        try temporary.write("dir/readme.txt", "not events")
        try temporary.write("dir/.hidden.ndjson", eventLine(id: "3"))
        let summary = try temporary.ingest([temporary.directory.appendingPathComponent("dir").path])
        #expect(summary.eventsAdded == 2)
        #expect(summary.blankLines == 2)
        #expect(summary.reasons.isEmpty)
        #expect(summary.ignoredFiles.count == 1)
    }

    @Test func missingFileIsReportedAndTheRunGoesOn() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let good = try temporary.write("a.ndjson", eventLine(id: "1"))
        let missing = temporary.directory.appendingPathComponent("missing.ndjson").path
        let summary = try temporary.ingest([missing, good])
        #expect(summary.eventsAdded == 1)
        #expect(summary.reasons[.unreadableFile]?.samples.first?.hasPrefix(missing) == true)
    }

    @Test func storedColumnsFollowTheLayout() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let path = try temporary.write(
            "a.ndjson", eventLine(id: "k1", company: "acme", time: "2026-11-30T10:00:00.5+01:00"))
        _ = try temporary.ingest([path])
        let rows = try temporary.store.withDatabase { database throws(UsageStoreError) in
            let statement = try database.prepare("SELECT event_key, ts, company, body FROM events")
            var rows: [[UsageSQLValue]] = []
            while try statement.step() { rows.append((0..<4).map { statement.column($0) }) }
            return rows
        }
        #expect(
            rows == [
                [
                    .text("i:k1"), .integer(1_796_029_200_500), .text("acme"),
                    .text(
                        String(
                            eventLine(id: "k1", company: "acme", time: "2026-11-30T10:00:00.5+01:00")
                                .dropLast())),
                ]
            ])
    }
}

/// `contents` gzip-compressed by the system's gzip.
func gzip(_ contents: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "gzip -c"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    try input.fileHandleForWriting.write(contentsOf: Data(contents.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
}
