import Foundation
import Testing

@testable import TariffUsageStore

/// The committed corpus of bad event files (scripts/make-bad-events): each file is reported by
/// its reason at `file:line`, nothing crashes or hangs, and the good events of the file are
/// still stored.
@Suite(.timeLimit(.minutes(2))) struct BadEventCorpusTests {
    struct Expectation: Decodable {
        var reason: String
        var line: Int
        var stored: Int64
    }

    static let corpus: URL? = Bundle.module.url(forResource: "BadEvents", withExtension: nil)

    static func manifest() throws -> [String: Expectation] {
        let url = try #require(corpus).appendingPathComponent("manifest")
        return try JSONDecoder().decode([String: Expectation].self, from: Data(contentsOf: url))
    }

    static let names: [String] = (try? manifest().keys.sorted()) ?? []

    @Test func coversAtLeast25Reasons() throws {
        let reasons = Set(try Self.manifest().values.map(\.reason))
        #expect(reasons.count >= 25)
        for reason in reasons { #expect(BadEventReason(rawValue: reason) != nil, "unknown reason \(reason)") }
    }

    @Test(arguments: names) func fileIsReportedByReasonAndLine(name: String) throws {
        let expectation = try #require(try Self.manifest()[name])
        let path = try #require(Self.corpus).appendingPathComponent(name).path
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let summary = try temporary.ingest([path])
        let reason = try #require(BadEventReason(rawValue: expectation.reason))
        #expect(Array(summary.reasons.keys) == [reason], "reasons: \(summary.reasons)")
        let tally = try #require(summary.reasons[reason])
        #expect(tally.count == 1)
        #expect(tally.samples.first?.hasPrefix("\(path):\(expectation.line):") == true, "\(tally.samples)")
        #expect(summary.eventsAdded == expectation.stored)
        #expect(try temporary.store.eventCount() == expectation.stored)
    }

    @Test func wholeCorpusInOneRunKeepsEveryGoodEvent() throws {
        let manifest = try Self.manifest()
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let summary = try temporary.ingest([try #require(Self.corpus).path])
        #expect(summary.eventsAdded == manifest.values.reduce(0) { $0 + $1.stored })
        #expect(summary.badCount == Int64(manifest.count))
        #expect(Set(summary.reasons.keys.map(\.rawValue)) == Set(manifest.values.map(\.reason)))
    }
}
