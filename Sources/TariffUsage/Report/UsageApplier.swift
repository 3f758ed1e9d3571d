/// Sends a usage plan's windows and records each delivered one in the ledger.
///
/// Exactly once rests on three things: every event carries its deterministic identifier, so a
/// re-send (after a lost answer, a retry or a crash) is answered "already exists" and counted as
/// delivered; pre-aggregated meters keep only a window's newest event, so a re-sent total
/// overwrites; and the ledger is written as soon as a window is delivered, so the next plan starts
/// from what Stripe holds. One request is in flight per (customer, meter): each pair's windows go
/// in order through one worker (v1) or one lane of batches (the v2 stream).
package struct UsageApplier: Sendable {
    package let sender: any MeterEventSender
    package let ledger: any UsageLedgerWriter
    package let options: UsageApplyOptions

    package init(
        sender: any MeterEventSender, ledger: any UsageLedgerWriter, options: UsageApplyOptions = .init()
    ) {
        self.sender = sender
        self.ledger = ledger
        self.options = options
    }

    /// Sends `sends` and reports what happened to each.
    package func run(
        _ sends: [UsageSend], payload: @escaping @Sendable (UsageSend) -> MeterEventPayload
    ) async
        -> UsageApplyReport
    {
        let tally = ApplyTally()
        let pacer = RequestPacer(perSecond: options.requestsPerSecond)
        let useStream = options.usesStream(for: sends.count)
        let lanes = Self.lanes(Self.groups(sends), count: max(1, options.concurrency))
        await withTaskGroup(of: Void.self) { group in
            for lane in lanes {
                group.addTask {
                    if useStream {
                        await streamLane(lane, pacer: pacer, tally: tally, payload: payload)
                    } else {
                        await singleLane(lane, pacer: pacer, tally: tally, payload: payload)
                    }
                }
            }
        }
        return await tally.report(usedStream: useStream)
    }

    /// The sends of each (customer, meter) pair, in plan order.
    static func groups(_ sends: [UsageSend]) -> [[UsageSend]] {
        var order: [String] = []
        var byPair: [String: [UsageSend]] = [:]
        for send in sends {
            let pair = "\(send.eventName)\u{0}\(send.customer)"
            if byPair[pair] == nil { order.append(pair) }
            byPair[pair, default: []].append(send)
        }
        return order.compactMap { byPair[$0] }
    }

    /// Spreads pairs over `count` lanes, each pair whole in one lane, the largest pairs first onto
    /// the least loaded lane.
    static func lanes(_ groups: [[UsageSend]], count: Int) -> [[UsageSend]] {
        var lanes = Array(repeating: [UsageSend](), count: min(count, max(1, groups.count)))
        for group in groups.sorted(by: { $0.count > $1.count }) {
            let index = lanes.indices.min { lanes[$0].count < lanes[$1].count } ?? 0
            lanes[index].append(contentsOf: group)
        }
        return lanes.filter { !$0.isEmpty }
    }

    /// v1: one event per request, in order.
    private func singleLane(
        _ lane: [UsageSend], pacer: RequestPacer, tally: ApplyTally, payload: (UsageSend) -> MeterEventPayload
    ) async {
        for send in lane {
            let event = payload(send)
            let outcome = await attempt(pacer: pacer, tally: tally) { await sender.send(event) }
            await settle([send], outcome, tally: tally)
        }
    }

    /// v2: batches of up to `batchSize` events, one batch in flight per lane.
    private func streamLane(
        _ lane: [UsageSend], pacer: RequestPacer, tally: ApplyTally, payload: (UsageSend) -> MeterEventPayload
    ) async {
        var start = lane.startIndex
        while start < lane.endIndex {
            let end = min(start + max(1, options.batchSize), lane.endIndex)
            let batch = Array(lane[start..<end])
            let events = batch.map(payload)
            let outcome = await attempt(pacer: pacer, tally: tally) { await sender.stream(events) }
            await settle(batch, outcome, tally: tally)
            start = end
        }
    }

    /// Sends, retrying 429s, 5xx and dropped connections with doubling delays.
    private func attempt(
        pacer: RequestPacer, tally: ApplyTally, _ request: () async -> MeterEventOutcome
    ) async -> MeterEventOutcome {
        var delay = options.retryDelay
        var outcome = MeterEventOutcome.retryable("not sent")
        for number in 0..<max(1, options.attempts) {
            if number > 0 {
                try? await Task.sleep(for: delay)
                delay *= 2
            }
            await pacer.wait()
            outcome = await request()
            await tally.countRequest()
            guard case .retryable = outcome else { return outcome }
        }
        return outcome
    }

    /// Records the outcome of a request for its windows, writing delivered ones to the ledger.
    private func settle(_ sends: [UsageSend], _ outcome: MeterEventOutcome, tally: ApplyTally) async {
        switch outcome {
        case .delivered(let requestID), .duplicate(let requestID):
            let entries = sends.map { SentWindow($0, requestID: requestID) }
            do {
                try await ledger.record(entries)
                await tally.delivered(
                    entries, duplicate: { if case .duplicate = outcome { true } else { false } }())
            } catch {
                await tally.ledgerFailed(sends, "\(error)")
            }
        case .rejected(let message):
            await tally.failed(sends, message, retryable: false)
        case .retryable(let message):
            await tally.failed(sends, message, retryable: true)
        }
    }
}

/// `tariff usage apply`'s knobs.
package struct UsageApplyOptions: Sendable, Hashable {
    /// Requests a second over the whole run (20 in test mode, where the key shares about 25).
    package var requestsPerSecond: Double
    /// (customer, meter) pairs in flight at once.
    package var concurrency: Int
    /// v1 one by one, the v2 stream, or the stream from `streamThreshold` windows on.
    package var transport: UsageTransport
    package var streamThreshold: Int
    /// Events per stream request (Stripe's limit is 100).
    package var batchSize: Int
    /// Requests per event or batch, the first included, before it is reported as failed.
    package var attempts: Int
    package var retryDelay: Duration

    package init(
        requestsPerSecond: Double = 20, concurrency: Int = 4, transport: UsageTransport = .auto,
        streamThreshold: Int = 500, batchSize: Int = 100, attempts: Int = 6,
        retryDelay: Duration = .milliseconds(250)
    ) {
        self.requestsPerSecond = requestsPerSecond
        self.concurrency = concurrency
        self.transport = transport
        self.streamThreshold = streamThreshold
        self.batchSize = batchSize
        self.attempts = attempts
        self.retryDelay = retryDelay
    }

    /// Whether `count` windows go through the v2 stream.
    package func usesStream(for count: Int) -> Bool {
        switch transport {
        case .single: false
        case .stream: true
        case .auto: count >= streamThreshold
        }
    }
}

/// `--transport`.
package enum UsageTransport: String, Sendable, Hashable, CaseIterable {
    case auto, single, stream
}

/// What apply did with each window.
package struct UsageApplyReport: Sendable, Hashable {
    /// Windows Stripe holds now (sent, or found sent before), as recorded in the ledger.
    package var delivered: [SentWindow]
    /// How many of them Stripe answered "already exists" for.
    package var duplicates: Int
    /// Windows Stripe refused (a 4xx other than a duplicate), not retried.
    package var rejected: [UsageSendFailure]
    /// Windows still failing after every retry, or whose ledger write failed.
    package var failed: [UsageSendFailure]
    /// Requests made, retries included.
    package var requests: Int
    package var usedStream: Bool

    /// Whether every window was delivered.
    package var succeeded: Bool { rejected.isEmpty && failed.isEmpty }

    /// An apply with nothing to send.
    package static let nothingSent = UsageApplyReport(
        delivered: [], duplicates: 0, rejected: [], failed: [], requests: 0, usedStream: false)
}

/// A window that did not reach Stripe (or the ledger), with why.
package struct UsageSendFailure: Sendable, Hashable {
    package var send: UsageSend
    package var message: String
}

/// Collects outcomes from concurrent lanes.
actor ApplyTally {
    private var report = UsageApplyReport(
        delivered: [], duplicates: 0, rejected: [], failed: [], requests: 0, usedStream: false)

    func countRequest() { report.requests += 1 }

    func delivered(_ entries: [SentWindow], duplicate: Bool) {
        report.delivered.append(contentsOf: entries)
        if duplicate { report.duplicates += entries.count }
    }

    func failed(_ sends: [UsageSend], _ message: String, retryable: Bool) {
        let failures = sends.map { UsageSendFailure(send: $0, message: message) }
        if retryable {
            report.failed.append(contentsOf: failures)
        } else {
            report.rejected.append(contentsOf: failures)
        }
    }

    func ledgerFailed(_ sends: [UsageSend], _ message: String) {
        report.failed.append(
            contentsOf: sends.map {
                UsageSendFailure(send: $0, message: "sent, but the ledger write failed: \(message)")
            })
    }

    func report(usedStream: Bool) -> UsageApplyReport {
        var result = report
        result.usedStream = usedStream
        result.delivered.sort {
            ($0.eventName, $0.customer, $0.window) < ($1.eventName, $1.customer, $1.window)
        }
        return result
    }
}
