import Foundation
import TariffEmulator
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// A `migrate_at_period_end` apply that dies between creating a subscription's schedule and
/// giving it phases (two requests on Stripe) is completed by the next run, and a test clock then
/// shows the subscriber billed on the new prices (issue 10).
@Suite("Half-made migration schedules")
struct HalfMadeScheduleTests {
    /// The parts of a test clock the test reads.
    struct Clock: Decodable, Sendable {
        var id: String
        var frozen_time: Int
    }

    /// The parts of a schedule the test reads.
    struct Schedule: Decodable, Sendable {
        struct Phase: Decodable, Sendable {
            var items: [ScheduleProbe.Item]
        }

        var metadata: [String: String]
        var phases: [Phase]
    }

    /// A customer on a test clock subscribed to 3 seats and the metered calls price.
    static func subscribe(_ bench: ApplyBench, seat: String, calls: String) async throws -> (
        clock: Clock, subscription: StripeSubscription
    ) {
        let start = Int(Date().timeIntervalSince1970) / 3600 * 3600
        let clock: Clock = try await bench.client.post(
            "/v1/test_helpers/test_clocks",
            form: StripeForm([StripeFormField("frozen_time", .integer(start))]))
        let customer: StripeCustomer = try await bench.client.post(
            "/v1/customers",
            form: StripeForm([
                StripeFormField("name", .string("Acme")), StripeFormField("test_clock", .string(clock.id)),
            ]))
        let subscription = try await bench.client.createSubscription(
            SubscriptionCreateParams(
                customer: customer.id,
                items: [
                    SubscriptionItemParams(price: seat, quantity: 3), SubscriptionItemParams(price: calls),
                ]))
        return (clock, subscription)
    }

    @Test func aCrashBetweenScheduleCreateAndUpdateIsCompletedOnRerun() async throws {
        let bench = ApplyBench()
        let first = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1000, perCall: "0.5", policy: "migrate_at_period_end"))
        #expect(try await bench.apply(first).succeeded)
        let before: [StripePrice] = try await bench.all("/v1/prices")
        let oldSeat = try #require(before.first { $0.lookupKey == "seat" })
        let oldCalls = try #require(before.first { $0.lookupKey == "calls" })
        let (clock, subscription) = try await Self.subscribe(bench, seat: oldSeat.id, calls: oldCalls.id)

        let second = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1300, perCall: "0.7", policy: "migrate_at_period_end"))
        let planned = try await bench.plan(second)
        // The process dies as it sends the schedule's phases: the create went through, the update never does.
        let crashing = StripeClient(
            configuration: bench.client.configuration,
            transport: CrashAtTransport(base: EmulatorTransport(emulator: bench.emulator)) { request in
                request.method == "POST" && request.path.hasPrefix("/v1/subscription_schedules/")
            })
        let broken = await ApplyExecutor(
            plan: planned.plan, client: crashing, options: ApplyOptions(knownIDs: planned.knownIDs)
        ).run()
        #expect(!broken.succeeded)
        let halfMade: StripeSubscription = try await bench.client.get("/v1/subscriptions/\(subscription.id)")
        let scheduleID = try #require(halfMade.schedule, "the create should have attached a schedule")
        let bare: Schedule = try await bench.client.get("/v1/subscription_schedules/\(scheduleID)")
        #expect(bare.metadata.isEmpty && bare.phases.count == 1)

        let rerun = try await bench.apply(second)
        #expect(rerun.succeeded, "\(rerun.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")
        #expect(rerun.warnings.isEmpty, "\(rerun.warnings)")
        let after: [StripePrice] = try await bench.all("/v1/prices", "active=true")
        let newSeat = try #require(after.first { $0.lookupKey == "seat" })
        let newCalls = try #require(after.first { $0.lookupKey == "calls" })
        let completed: Schedule = try await bench.client.get("/v1/subscription_schedules/\(scheduleID)")
        #expect(completed.metadata["tariff_migration"] != nil)
        #expect(completed.phases.count == 2)
        #expect(Set(completed.phases.last?.items.map(\.price) ?? []) == [newSeat.id, newCalls.id])
        #expect(try await bench.plan(second).plan.actions.isEmpty)

        let live: StripeSubscription = try await bench.client.get("/v1/subscriptions/\(subscription.id)")
        let periodEnd = try #require(live.items.data.compactMap(\.currentPeriodEnd).max())
        let _: Clock = try await bench.client.post(
            "/v1/test_helpers/test_clocks/\(clock.id)/advance",
            form: StripeForm([StripeFormField("frozen_time", .integer(periodEnd + 3600))]))
        let moved: StripeSubscription = try await bench.client.get("/v1/subscriptions/\(subscription.id)")
        #expect(Set(moved.items.data.map(\.price.id)) == [newSeat.id, newCalls.id])
        #expect(moved.items.data.first { $0.price.id == newSeat.id }?.quantity == 3)
        #expect(try await bench.plan(second).plan.actions.isEmpty)
    }

    @Test func aScheduleSomeoneElseChangedIsLeftAloneWithAWarning() async throws {
        let bench = ApplyBench()
        let first = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1000, perCall: "0.5", policy: "migrate_at_period_end"))
        #expect(try await bench.apply(first).succeeded)
        let before: [StripePrice] = try await bench.all("/v1/prices")
        let oldSeat = try #require(before.first { $0.lookupKey == "seat" })
        let oldCalls = try #require(before.first { $0.lookupKey == "calls" })
        let (_, subscription) = try await Self.subscribe(bench, seat: oldSeat.id, calls: oldCalls.id)
        let schedule: StripeIDOnly = try await bench.client.post(
            "/v1/subscription_schedules",
            form: StripeForm([StripeFormField("from_subscription", .string(subscription.id))]))
        let _: StripeIDOnly = try await bench.client.post(
            "/v1/subscription_schedules/\(schedule.id)",
            form: StripeForm([StripeFormField("metadata", .map(["owner": "finance"]))]))

        let second = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1300, perCall: "0.5", policy: "migrate_at_period_end"))
        let report = try await bench.apply(second)
        #expect(report.succeeded)
        #expect(report.warnings.contains { $0.contains(schedule.id) }, "\(report.warnings)")
        let kept: Schedule = try await bench.client.get("/v1/subscription_schedules/\(schedule.id)")
        #expect(kept.metadata == ["owner": "finance"] && kept.phases.count == 1)
    }
}

/// A transport that dies at the first request `crashesAt` matches, as if the process ended there:
/// that request and every later one fail without reaching Stripe.
final class CrashAtTransport: StripeTransport, @unchecked Sendable {
    // The lock guards `crashed`.
    private let lock = NSLock()
    private var crashed = false
    let base: any StripeTransport
    let crashesAt: @Sendable (StripeHTTPRequest) -> Bool

    init(base: any StripeTransport, crashesAt: @escaping @Sendable (StripeHTTPRequest) -> Bool) {
        self.base = base
        self.crashesAt = crashesAt
    }

    func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse {
        let dead = lock.withLock {
            if crashesAt(request) { crashed = true }
            return crashed
        }
        guard !dead else { throw StripeTransportError.connectionFailed("crashed") }
        return try await base.send(request, timeout: timeout)
    }
}
