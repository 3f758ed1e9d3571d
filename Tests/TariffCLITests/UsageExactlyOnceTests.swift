import Foundation
import Testing
import TariffTestSupport

/// `tariff usage` end to end against `tariff emulator` over loopback: every window reaches Stripe
/// exactly once, with faults and after kill -9.
@Suite("tariff usage exactly once", .serialized)
struct UsageExactlyOnceTests {
    /// Ingest, plan (exit 2), apply, then Stripe's summaries equal the totals computed here and a
    /// second run has nothing to send.
    static func applyAndCheck(_ scenario: UsageScenario, label: String) async throws {
        try await scenario.ingest()
        let plan = try await scenario.usage(["plan", "--detailed-exitcode"])
        #expect(plan.status == 2, "\(label): \(plan.stdout)\(plan.stderr)")
        let applied = try await scenario.usage(["apply", "--auto-approve"])
        #expect(applied.status == 0, "\(label): \(applied.stdout)\(applied.stderr)")
        try await expectConverged(scenario, label: label)
    }

    /// Summaries equal the expected totals; plans against the ledger and against Stripe's
    /// summaries find nothing; a second apply sends nothing.
    static func expectConverged(_ scenario: UsageScenario, label: String) async throws {
        let reported = try await scenario.reported()
        #expect(reported == scenario.expected, "\(label): Stripe's summaries differ from the computed totals")
        let ledger = try await scenario.usage(["plan", "--detailed-exitcode"])
        #expect(ledger.status == 0, "\(label): \(ledger.stdout)\(ledger.stderr)")
        let refreshed = try await scenario.usage(["plan", "--refresh", "--detailed-exitcode"])
        #expect(refreshed.status == 0, "\(label): \(refreshed.stdout)\(refreshed.stderr)")
        let before = try await scenario.emulator.requestsServed()
        let again = try await scenario.usage(["apply", "--auto-approve", "--format", "json"])
        #expect(again.status == 0, "\(label): \(again.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect((document?["summary"] as? [String: Any])?["sent"] as? Int == 0, "\(label): \(again.stdout)")
        let served = try await scenario.emulator.requestsServed() - before
        // The second apply only reads (account, meters, prices, customers, subscriptions).
        #expect(served < 20, "\(label): \(served) requests for an apply with nothing to send")
    }

    @Test func cleanRunConverges() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let scenario = try await UsageScenario.make(emulator, seed: 1)
            #expect(!scenario.expected.isEmpty)
            try await Self.applyAndCheck(scenario, label: "clean")
        }
    }

    @Test func faultsStillConvergeExactlyOnce() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let scenario = try await UsageScenario.make(emulator, seed: 2)
            try await emulator.setFaults("429-every=3,500-every=11,drop-every=5")
            try await Self.applyAndCheck(scenario, label: "faults")
        }
    }

    @Test func theStreamConvergesToo() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let scenario = try await UsageScenario.make(emulator, seed: 3)
            try await emulator.setFaults("429-every=3,drop-every=5")
            try await scenario.ingest()
            let applied = try await scenario.usage(["apply", "--auto-approve", "--transport", "stream"])
            #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
            try await Self.expectConverged(scenario, label: "stream")
        }
    }

    @Test(arguments: 1...10)
    func killedPartWayThenRerunConverges(_ seed: Int) async throws {
        try await ApplyEmulatorProcess.with(["--latency-ms", "3", "--seed", "\(seed)"]) { emulator in
            let scenario = try await UsageScenario.make(emulator, seed: UInt64(seed) &* 31)
            try await scenario.ingest()
            var random = SplitMix(seed: UInt64(seed) &* 7919)
            let start = try await emulator.requestsServed()
            // Apply reads a handful of lists, then sends one event per window: kill among the sends.
            let windows = scenario.expected.values.flatMap(\.values).reduce(0) { $0 + $1.count }
            let killAt = start + 8 + Int(random.next() % UInt64(max(1, windows - 10)))
            let run = try TariffRun(
                ["usage", "apply", "--auto-approve", "--transport", "single", scenario.config],
                environment: emulator.environment)
            while run.process.isRunning, try await emulator.requestsServed() < killAt {
                try await Task.sleep(for: .milliseconds(1))
            }
            run.kill()
            let killed = try await run.wait()
            #expect(
                killed.status != 0, "seed \(seed): apply should have been killed after \(killAt) requests")
            let again = try await scenario.usage(["apply", "--auto-approve"])
            #expect(again.status == 0, "seed \(seed): \(again.stdout)\(again.stderr)")
            try await Self.expectConverged(scenario, label: "seed \(seed)")
        }
    }
}
