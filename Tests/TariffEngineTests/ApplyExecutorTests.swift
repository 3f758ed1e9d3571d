import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// The executor against the in-process emulator: plan, apply, plan again.
@Suite("Apply executor")
struct ApplyExecutorTests {
    @Test(arguments: ["minimal", "api-business"])
    func applyingAnExampleLeavesNothingToDo(_ name: String) async throws {
        let bench = ApplyBench()
        let desired = try ApplyBench.example(name)
        let report = try await bench.apply(desired)
        #expect(report.succeeded, "\(report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
        #expect(report.stoppedAt == nil)
        let again = try await bench.plan(desired)
        #expect(again.plan.actions.map(\.address.path) == [])
        let prices: [StripePrice] = try await bench.all("/v1/prices")
        #expect(prices.count == desired.0.prices.filter(\.active).count)
        let products: [StripeProduct] = try await bench.all("/v1/products")
        #expect(products.count == desired.0.products.count)
        let meters: [StripeMeter] = try await bench.all("/v1/billing/meters")
        #expect(meters.count == desired.0.meters.count)
    }

    @Test func defaultPricesPointAtTheDeclaredPrices() async throws {
        let bench = ApplyBench()
        let desired = try ApplyBench.example("api-business")
        _ = try await bench.apply(desired)
        let products: [StripeProduct] = try await bench.all("/v1/products")
        let prices: [StripePrice] = try await bench.all("/v1/prices")
        for product in desired.0.products {
            guard let wanted = product.defaultPrice else { continue }
            let lookupKey = desired.0.prices.first { $0.address == wanted }?.lookupKey
            let live = products.first { $0.id == product.key }
            let price = prices.first { $0.id == live?.defaultPrice?.id }
            #expect(price?.lookupKey == lookupKey, "default price of \(product.key)")
        }
    }

    @Test func eachStepCarriesAKeyFromThePlanDigest() async throws {
        let bench = ApplyBench()
        let planned = try await bench.plan(try ApplyBench.example("minimal"))
        let executor = ApplyExecutor(plan: planned.plan, client: bench.client)
        let keys = executor.steps.map { executor.keys.key(for: $0.id) }
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.hasPrefix("tariff-") && $0.count == 71 })
        let same = ApplyExecutor(plan: planned.plan, client: bench.client)
        #expect(same.keys == executor.keys)
    }

    @Test func progressCountsEveryStepOnce() async throws {
        let bench = ApplyBench()
        let planned = try await bench.plan(try ApplyBench.example("api-business"))
        let events = EventLog()
        let options = ApplyOptions(
            parallelism: 3, knownIDs: planned.knownIDs, progress: { events.append($0) })
        let report = await ApplyExecutor(plan: planned.plan, client: bench.client, options: options).run()
        let finished = events.items.compactMap { event -> Int? in
            if case .finished(_, let count, _) = event { return count }
            return nil
        }
        #expect(finished == Array(1...report.results.count))
        #expect(events.items.first == .begin(total: report.results.count))
    }
}

/// Collects progress events from concurrent steps.
final class EventLog: @unchecked Sendable {
    // The lock guards `storage`.
    private let lock = NSLock()
    private var storage: [ApplyEvent] = []

    func append(_ event: ApplyEvent) {
        lock.lock()
        storage.append(event)
        lock.unlock()
    }

    var items: [ApplyEvent] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
