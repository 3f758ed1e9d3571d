import Foundation
import Testing

@testable import TariffUsage

/// `--refresh`: day summaries first, hours only where a day differs.
@Suite("Reading reported usage from event summaries")
struct EventSummaryReaderTests {
    /// A Stripe account's summaries from a table of hourly values, counting the calls made.
    final class FakeSummaries: EventSummarySource, @unchecked Sendable {
        let hours: [String: [ReportWindow: Int64]]
        private let lock = NSLock()
        private(set) var calls: [(customer: String, grouping: SummaryGrouping)] = []

        init(hours: [String: [ReportWindow: Int64]]) { self.hours = hours }

        func summaries(
            meterID: String, customer: String, start: Int64, end: Int64, grouping: SummaryGrouping
        ) async throws -> [EventSummary] {
            lock.withLock { calls.append((customer, grouping)) }
            let length: Int64 = grouping == .day ? 86_400 : 3_600
            var buckets: [ReportWindow: Int64] = [:]
            for (window, value) in hours[customer] ?? [:] where window.start >= start && window.start < end {
                buckets[ReportWindow(containing: window.start, length: length), default: 0] += value
            }
            return buckets.map { EventSummary(window: $0.key, value: $0.value) }.sorted {
                $0.window < $1.window
            }
        }
    }

    static let now = UsageReconcilerTests.now
    static let clock = ReconcileClock(now: now, settle: 900, lookbackStart: now - 3 * 86_400)

    @Test func onlyDaysThatDifferAreReadByTheHour() async throws {
        let h = UsageReconcilerTests.window
        // cus_a agrees with the computed usage; cus_b's Stripe total lacks one hour of yesterday.
        let source = FakeSummaries(hours: [
            "cus_a": [h(30): 5, h(3): 7],
            "cus_b": [h(30): 9],
        ])
        let computed = [
            UsageReconcilerTests.total("co_a", 30, 5), UsageReconcilerTests.total("co_a", 3, 7),
            UsageReconcilerTests.total("co_b", 30, 9), UsageReconcilerTests.total("co_b", 29, 4),
        ]
        let reader = EventSummaryReader(source: source, windowLength: 3_600)
        let reported = try await reader.reported(
            meters: [UsageReconcilerTests.calls], computed: computed,
            directory: UsageReconcilerTests.directory,
            clock: Self.clock)
        #expect(source.calls.filter { $0.grouping == .day }.count == 2)
        #expect(source.calls.filter { $0.grouping == .hour }.map(\.customer) == ["cus_b"])
        let plan = UsageReconciler.reconcile(
            meters: [UsageReconcilerTests.calls], computed: computed, reported: reported,
            directory: UsageReconcilerTests.directory, clock: Self.clock)
        #expect(plan.sends.map(\.window) == [h(29)])
        #expect(plan.sends.first?.customer == "cus_b")
        #expect(plan.inSync == 3)
    }

    @Test func aLastMeterComparesTheDaysLatestWindow() {
        let h = UsageReconcilerTests.window
        #expect(EventSummaryReader.dayValue([h(5): 3, h(4): 9, h(6): 2], formula: "last") == 9)
        #expect(EventSummaryReader.dayValue([h(5): 3, h(4): 9], formula: "sum") == 12)
    }
}
