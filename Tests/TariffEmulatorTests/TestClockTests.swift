import Foundation
import Testing

@testable import TariffEmulator

/// Stripe's test clocks: time for the customers attached to a clock moves only when it advances,
/// and advancing renews their subscriptions and moves their schedules through their phases.
@Suite("Test clocks")
struct TestClockTests {
    /// 2026-01-01T00:00:00Z.
    static let newYear = 1_767_225_600
    /// 2026-02-01T00:00:00Z, one month later.
    static let february = 1_769_904_000

    /// A clock at `newYear`, a customer on it and a subscription to a monthly price.
    static func clockedSubscription(_ stripe: Harness) async -> (
        clock: String, subscription: String, old: String
    ) {
        await stripe.product()
        let old = await stripe.price()
        let clock =
            await stripe.send(
                "POST", "/v1/test_helpers/test_clocks", "frozen_time=\(newYear)&name=renewals"
            ).string("id") ?? ""
        let customer =
            await stripe.send("POST", "/v1/customers", "name=A&test_clock=\(clock)").string("id") ?? ""
        let subscription =
            await stripe.send(
                "POST", "/v1/subscriptions",
                "customer=\(customer)&items[0][price]=\(old)&items[0][quantity]=3"
            ).string("id") ?? ""
        return (clock, subscription, old)
    }

    /// The first item of a subscription answer.
    static func firstItem(_ answer: Answer) -> [String: Any] {
        ((answer["items"] as? [String: Any])?["data"] as? [[String: Any]])?.first ?? [:]
    }

    @Test("create, retrieve, list, advance (forward only) and delete")
    func lifecycle() async {
        let stripe = Harness()
        let (clock, subscription, _) = await Self.clockedSubscription(stripe)
        let retrieved = await stripe.send("GET", "/v1/test_helpers/test_clocks/\(clock)")
        #expect(retrieved.string("object") == "test_helpers.test_clock")
        #expect(retrieved["frozen_time"] as? Int == Self.newYear)
        #expect(retrieved.string("status") == "ready")
        #expect(await stripe.send("GET", "/v1/test_helpers/test_clocks").ids == [clock])
        let live = await stripe.send("GET", "/v1/subscriptions/\(subscription)")
        #expect(live.string("test_clock") == clock)
        #expect(Self.firstItem(live)["current_period_start"] as? Int == Self.newYear)
        let backwards = await stripe.send(
            "POST", "/v1/test_helpers/test_clocks/\(clock)/advance", "frozen_time=\(Self.newYear - 1)")
        #expect(backwards.status == 400)
        let deleted = await stripe.send("DELETE", "/v1/test_helpers/test_clocks/\(clock)")
        #expect(deleted["deleted"] as? Bool == true)
        #expect(await stripe.send("GET", "/v1/subscriptions/\(subscription)").status == 404)
        #expect(await stripe.send("GET", "/v1/test_helpers/test_clocks/\(clock)").status == 404)
    }

    @Test("advancing past the period end renews the subscription and closes the period on its price")
    func renewal() async {
        let stripe = Harness()
        let (clock, subscription, old) = await Self.clockedSubscription(stripe)
        let advanced = await stripe.send(
            "POST", "/v1/test_helpers/test_clocks/\(clock)/advance", "frozen_time=\(Self.february + 86_400)")
        #expect(advanced["frozen_time"] as? Int == Self.february + 86_400)
        let item = Self.firstItem(await stripe.send("GET", "/v1/subscriptions/\(subscription)"))
        #expect(item["current_period_start"] as? Int == Self.february)
        #expect(item["current_period_end"] as? Int == 1_772_323_200)  // 2026-03-01
        let closed = await stripe.emulator.test.closedPeriods
        #expect(closed.count == 1)
        #expect(closed.first?.price == old)
        #expect(closed.first?.quantity == 3)
        #expect(closed.first.map { [$0.start, $0.end] } == [Self.newYear, Self.february])
    }

    @Test("a schedule's next phase starts at the boundary (items on its prices), and it then releases")
    func schedulePhases() async {
        let stripe = Harness()
        let (clock, subscription, old) = await Self.clockedSubscription(stripe)
        let new = await stripe.price(amount: 1500)
        let schedule = await stripe.send(
            "POST", "/v1/subscription_schedules", "from_subscription=\(subscription)")
        let id = schedule.string("id") ?? ""
        let updated = await stripe.send(
            "POST", "/v1/subscription_schedules/\(id)",
            "end_behavior=release&phases[0][start_date]=\(Self.newYear)&phases[0][end_date]=\(Self.february)"
                + "&phases[0][items][0][price]=\(old)&phases[0][items][0][quantity]=3"
                + "&phases[1][items][0][price]=\(new)&phases[1][items][0][quantity]=3"
                + "&phases[1][duration][interval]=month")
        #expect(updated.status == 200)
        await stripe.send(
            "POST", "/v1/test_helpers/test_clocks/\(clock)/advance", "frozen_time=\(Self.february + 60)")
        let moved = await stripe.send("GET", "/v1/subscriptions/\(subscription)")
        #expect((Self.firstItem(moved)["price"] as? [String: Any])?["id"] as? String == new)
        #expect(Self.firstItem(moved)["quantity"] as? Int == 3)
        #expect(moved.string("schedule") == id)
        let current =
            await stripe.send("GET", "/v1/subscription_schedules/\(id)")["current_phase"] as? [String: Any]
        #expect(current?["start_date"] as? Int == Self.february)
        await stripe.send("POST", "/v1/test_helpers/test_clocks/\(clock)/advance", "frozen_time=1772409600")
        let released = await stripe.send("GET", "/v1/subscription_schedules/\(id)")
        #expect(released.string("status") == "released")
        #expect(released.string("released_subscription") == subscription)
        let after = await stripe.send("GET", "/v1/subscriptions/\(subscription)")
        #expect(after["schedule"] is NSNull)
        #expect((Self.firstItem(after)["price"] as? [String: Any])?["id"] as? String == new)
        let prices = await stripe.emulator.test.closedPeriods.map(\.price)
        #expect(prices == [old, new])
    }
}
