import Foundation
import Testing

@testable import TariffEngine

/// The 429-adaptive concurrency limit and the idempotency keys.
@Suite("Apply throttle and keys")
struct ApplyThrottleTests {
    @Test func rateLimitsHalveTheLimitAndSuccessesWinItBack() async {
        let throttle = ApplyThrottle(maximum: 8, recoveryWindow: 2)
        for _ in 0..<2 { await throttle.acquire() }
        await throttle.release(rateLimited: true)
        #expect(await throttle.limit == 4)
        await throttle.release(rateLimited: true)
        #expect(await throttle.limit == 2)
        for _ in 0..<4 {
            await throttle.acquire()
            await throttle.release(rateLimited: false)
        }
        #expect(await throttle.limit == 4)
        #expect(await throttle.rateLimitedResponses == 2)
    }

    @Test func neverBelowOneSlot() async {
        let throttle = ApplyThrottle(maximum: 1)
        for _ in 0..<3 {
            await throttle.acquire()
            await throttle.release(rateLimited: true)
        }
        #expect(await throttle.limit == 1)
    }

    @Test func waitersRunWhenASlotFrees() async {
        let throttle = ApplyThrottle(maximum: 1)
        await throttle.acquire()
        let waiter = Task {
            await throttle.acquire()
            return true
        }
        try? await Task.sleep(for: .milliseconds(20))
        await throttle.release(rateLimited: false)
        #expect(await waiter.value)
    }

    @Test(arguments: [("plan-a", "step-1"), ("plan-a", "step-2"), ("plan-b", "step-1")])
    func keysAreStableAndDistinct(_ digest: String, _ step: String) {
        let key = IdempotencyKeys(planDigest: digest).key(for: step)
        #expect(key == IdempotencyKeys(planDigest: digest).key(for: step))
        #expect(key.count == 71 && key.hasPrefix("tariff-"))
        let others = [("plan-a", "step-1"), ("plan-a", "step-2"), ("plan-b", "step-1")].filter {
            $0 != (digest, step)
        }
        #expect(others.allSatisfy { IdempotencyKeys(planDigest: $0.0).key(for: $0.1) != key })
    }

    @Test func theDigestFollowsThePlanContext() {
        let plan = ApplyStepBuilderTests.plan(ApplyStepBuilderTests.replacement(policy: .migrateNow))
        var other = plan
        other.context.configDigest = "changed"
        #expect(PlanDigest.compute(plan) == PlanDigest.compute(plan))
        #expect(PlanDigest.compute(plan) != PlanDigest.compute(other))
    }

    @Test(arguments: [(Decimal(4900), 4900 as Int?), (Decimal(string: "0.5") ?? 0, nil), (Decimal(0), 0)])
    func wholeAmountsGoAsIntegers(_ amount: Decimal, _ expected: Int?) {
        #expect(ApplyParams.exactInteger(amount) == expected)
    }
}
