import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// Rate limits, server errors, lost answers and crashes: apply converges without duplicates.
@Suite("Apply under faults")
struct ApplyFaultTests {
    /// Exactly one live object per declared product, active price and meter.
    static func expectNoDuplicates(_ bench: ApplyBench, _ desired: (DesiredState, digest: String))
        async throws
    {
        let prices: [StripePrice] = try await bench.all("/v1/prices")
        let products: [StripeProduct] = try await bench.all("/v1/products")
        let meters: [StripeMeter] = try await bench.all("/v1/billing/meters")
        #expect(prices.count == desired.0.prices.filter(\.active).count)
        #expect(products.count == desired.0.products.count)
        #expect(meters.count == desired.0.meters.count)
        #expect(Set(prices.compactMap(\.lookupKey)).count == prices.count)
    }

    static let faults: [(String, EmulatorFaults)] = [
        ("429 every 3rd", EmulatorFaults(rateLimitEvery: 3)),
        ("500 every 4th", EmulatorFaults(serverErrorEvery: 4)),
        ("drop after commit every 2nd write", EmulatorFaults(dropAfterCommitEvery: 2)),
        ("all at once", EmulatorFaults(rateLimitEvery: 3, serverErrorEvery: 7, dropAfterCommitEvery: 3)),
    ]

    @Test(arguments: 0..<4)
    func convergesUnderFaults(_ index: Int) async throws {
        let (name, faults) = Self.faults[index]
        let bench = ApplyBench(faults: faults)
        let desired = try ApplyBench.example("api-business")
        let report = try await bench.apply(desired)
        #expect(
            report.succeeded, "\(name): \(report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })"
        )
        if faults.rateLimitEvery != nil { #expect(report.rateLimitedResponses > 0) }
        try await Self.expectNoDuplicates(bench, desired)
        #expect(try await bench.plan(desired).plan.actions.isEmpty, "\(name)")
    }

    @Test(arguments: 1...12)
    func crashPartWayThenRerunConverges(_ seed: Int) async throws {
        var random = SplitMix(seed: UInt64(seed))
        let bench = ApplyBench(seed: UInt64(seed))
        let desired = try ApplyBench.example("api-business")
        let planned = try await bench.plan(desired)
        let steps = ApplyExecutor(plan: planned.plan, client: bench.client).steps.count
        let crashAfter = Int(random.next() % UInt64(steps))
        let crashing = StripeClient(
            configuration: bench.client.configuration,
            transport: CrashingTransport(
                base: EmulatorTransport(emulator: bench.emulator), crashAfter: crashAfter))
        let options = ApplyOptions(parallelism: 1 + Int(random.next() % 4), knownIDs: planned.knownIDs)
        let first = await ApplyExecutor(plan: planned.plan, client: crashing, options: options).run()
        #expect(!first.succeeded, "seed \(seed): the crash after \(crashAfter) requests should stop apply")
        let second = try await bench.apply(desired)
        #expect(
            second.succeeded,
            "seed \(seed): \(second.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
        try await Self.expectNoDuplicates(bench, desired)
        #expect(try await bench.plan(desired).plan.actions.isEmpty, "seed \(seed)")
    }

    @Test func failureStopsAtTheStageBoundaryAndReportsWhatIsLeft() async throws {
        let bench = ApplyBench()
        let desired = try ApplyBench.example("api-business")
        let planned = try await bench.plan(desired)
        // Lose every request after the meters and products are in: prices fail, later stages are left.
        let writesBeforePrices = planned.plan.actions.filter { $0.step == .meters || $0.step == .products }
            .count
        let crashing = StripeClient(
            configuration: bench.client.configuration,
            transport: CrashingTransport(
                base: EmulatorTransport(emulator: bench.emulator), crashAfter: writesBeforePrices))
        let report = await ApplyExecutor(
            plan: planned.plan, client: crashing, options: ApplyOptions(knownIDs: planned.knownIDs)
        ).run()
        #expect(report.stoppedAt == .prices)
        #expect(report.results.filter { $0.stage < .prices }.allSatisfy { $0.outcome == .done })
        #expect(report.results.filter { $0.stage > .prices }.allSatisfy { $0.outcome == .left })
        #expect(!report.results(.failed).isEmpty)
        let rest = try await bench.plan(desired)
        #expect(!rest.plan.actions.contains { $0.step == .meters || $0.step == .products })
        #expect(rest.plan.actions.contains { $0.step == .prices })
    }
}
