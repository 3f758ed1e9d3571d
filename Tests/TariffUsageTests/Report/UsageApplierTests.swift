import Foundation
import Testing

@testable import TariffUsage

/// Apply's sending rules against a scripted Stripe: duplicates, refusals, retries, batching and
/// one request in flight per (customer, meter).
@Suite("Usage apply")
struct UsageApplierTests {
    /// A Stripe that keeps the newest value per identifier-less window and answers by script.
    final class ScriptedSender: MeterEventSender, UsageLedgerWriter, @unchecked Sendable {
        private let lock = NSLock()
        private var requests = 0
        private var identifiers: Set<String> = []
        private var inFlight: [String: Int] = [:]
        private(set) var overlaps = 0
        private(set) var batchSizes: [Int] = []
        private(set) var ledger: [SentWindow] = []
        /// Windows Stripe holds: identifier-free, newest wins.
        private(set) var held: [String: Int64] = [:]
        let failEvery: Int?
        let refuse: Set<String>

        init(failEvery: Int? = nil, refuse: Set<String> = []) {
            self.failEvery = failEvery
            self.refuse = refuse
        }

        private func enter(_ events: [MeterEventPayload]) -> Bool {
            lock.withLock {
                requests += 1
                for pair in Set(events.map { "\($0.eventName):\($0.customer)" }) {
                    inFlight[pair, default: 0] += 1
                    if inFlight[pair, default: 0] > 1 { overlaps += 1 }
                }
                if let failEvery, requests % failEvery == 0 { return false }
                return true
            }
        }

        private func leave(_ events: [MeterEventPayload]) {
            lock.withLock {
                for pair in Set(events.map { "\($0.eventName):\($0.customer)" }) { inFlight[pair]? -= 1 }
            }
        }

        private func accept(_ event: MeterEventPayload) -> Bool {
            lock.withLock {
                guard identifiers.insert(event.identifier).inserted else { return false }
                held["\(event.eventName):\(event.customer):\(event.timestamp)"] = event.value
                return true
            }
        }

        func send(_ event: MeterEventPayload) async -> MeterEventOutcome {
            guard enter([event]) else {
                leave([event])
                return .retryable("500")
            }
            try? await Task.sleep(for: .milliseconds(1))
            defer { leave([event]) }
            if refuse.contains(event.customer) { return .rejected("no such customer") }
            return accept(event)
                ? .delivered(requestID: "req_\(event.identifier.count)") : .duplicate(requestID: nil)
        }

        func stream(_ events: [MeterEventPayload]) async -> MeterEventOutcome {
            lock.withLock { batchSizes.append(events.count) }
            guard enter(events) else {
                leave(events)
                return .retryable("429")
            }
            try? await Task.sleep(for: .milliseconds(1))
            defer { leave(events) }
            for event in events { _ = accept(event) }
            return .delivered(requestID: "req_stream")
        }

        func record(_ entries: [SentWindow]) async throws {
            lock.withLock { ledger.append(contentsOf: entries) }
        }
    }

    static func sends(customers: Int, meters: Int, hours: Int) -> [UsageSend] {
        var sends: [UsageSend] = []
        for meter in 0..<meters {
            for customer in 0..<customers {
                for hour in 0..<hours {
                    let window = ReportWindow(start: Int64(hour) * 3_600, end: Int64(hour + 1) * 3_600)
                    sends.append(
                        UsageSend(
                            meterKey: "m\(meter)", eventName: "m\(meter)", company: "co_\(customer)",
                            customer: "cus_\(customer)", window: window, mode: .absolute,
                            computed: Int64(customer * 100 + hour + 1), reported: 0))
                }
            }
        }
        return sends
    }

    static func payload(_ send: UsageSend) -> MeterEventPayload {
        MeterEventPayload(
            eventName: send.eventName, customer: send.customer, value: send.value, timestamp: send.timestamp,
            identifier: send.identifier)
    }

    static let fast = UsageApplyOptions(
        requestsPerSecond: 0, concurrency: 4, transport: .single, attempts: 8, retryDelay: .milliseconds(1))

    @Test func everyWindowIsDeliveredOnceUnderFaultsWithOneRequestPerPairInFlight() async {
        let stripe = ScriptedSender(failEvery: 3)
        let sends = Self.sends(customers: 5, meters: 2, hours: 6)
        let report = await UsageApplier(sender: stripe, ledger: stripe, options: Self.fast).run(
            sends, payload: Self.payload)
        #expect(report.succeeded)
        #expect(report.delivered.count == sends.count)
        #expect(stripe.ledger.count == sends.count)
        #expect(stripe.overlaps == 0)
        #expect(stripe.held.count == sends.count)
        #expect(report.requests > sends.count, "the 500s were retried")
    }

    @Test func aSecondRunCountsDuplicatesAsDelivered() async {
        let stripe = ScriptedSender()
        let sends = Self.sends(customers: 2, meters: 1, hours: 3)
        let applier = UsageApplier(sender: stripe, ledger: stripe, options: Self.fast)
        _ = await applier.run(sends, payload: Self.payload)
        let again = await applier.run(sends, payload: Self.payload)
        #expect(again.succeeded && again.duplicates == sends.count && again.delivered.count == sends.count)
    }

    @Test func refusalsAreReportedNotRetried() async {
        let stripe = ScriptedSender(refuse: ["cus_1"])
        let sends = Self.sends(customers: 2, meters: 1, hours: 3)
        let report = await UsageApplier(sender: stripe, ledger: stripe, options: Self.fast).run(
            sends, payload: Self.payload)
        #expect(report.rejected.count == 3 && report.failed.isEmpty && !report.succeeded)
        #expect(report.requests == sends.count, "a refusal is sent once")
        #expect(Set(stripe.ledger.map(\.customer)) == ["cus_0"])
    }

    @Test func theStreamSendsFullBatchesWithoutSplittingPairsAcrossLanes() async {
        let stripe = ScriptedSender()
        let sends = Self.sends(customers: 20, meters: 2, hours: 30)
        var options = Self.fast
        options.transport = .stream
        let report = await UsageApplier(sender: stripe, ledger: stripe, options: options).run(
            sends, payload: Self.payload)
        #expect(report.succeeded && report.usedStream)
        let minimum = (sends.count + 99) / 100
        #expect(report.requests <= minimum + options.concurrency)
        #expect(stripe.batchSizes.allSatisfy { $0 <= 100 })
        #expect(stripe.overlaps == 0)
        #expect(stripe.held.count == sends.count)
    }

    @Test func thePacerSpacesRequests() async {
        let pacer = RequestPacer(perSecond: 100)
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<11 { await pacer.wait() }
        #expect(clock.now - start >= .milliseconds(95))
    }
}
