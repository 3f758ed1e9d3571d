import Foundation
import Testing

@Suite("Subscription schedules")
struct ScheduleRuleTests {
    @Test func migrateAtPeriodEndThenRelease() async {
        let stripe = Harness()
        await stripe.product()
        let old = await stripe.price()
        let new = await stripe.price(amount: 1500)
        let customer = await stripe.send("POST", "/v1/customers", "name=A").string("id") ?? ""
        let subscription =
            await stripe.send(
                "POST", "/v1/subscriptions",
                "customer=\(customer)&items[0][price]=\(old)&items[0][quantity]=2"
            ).string("id") ?? ""
        await stripe.send("POST", "/v1/prices/\(old)", "active=false")
        let created = await stripe.send(
            "POST", "/v1/subscription_schedules", "from_subscription=\(subscription)")
        #expect(created.string("object") == "subscription_schedule")
        #expect(created.string("subscription") == subscription)
        let id = created.string("id") ?? ""
        #expect(await stripe.send("GET", "/v1/subscriptions/\(subscription)").string("schedule") == id)
        let phase = (created["phases"] as? [[String: Any]])?.first
        let start = phase?["start_date"] as? Int ?? 0
        let end = phase?["end_date"] as? Int ?? 0
        let form =
            "end_behavior=release&phases[0][start_date]=\(start)&phases[0][end_date]=\(end)&phases[0][items][0][price]=\(old)&phases[0][items][0][quantity]=2&phases[1][items][0][price]=\(new)&phases[1][items][0][quantity]=2&phases[1][duration][interval]=month"
        let updated = await stripe.send("POST", "/v1/subscription_schedules/\(id)", form)
        #expect(updated.status == 200)
        let phases = updated["phases"] as? [[String: Any]]
        #expect(phases?.count == 2)
        #expect(phases?.last?["start_date"] as? Int == end)
        #expect((phases?.last?["end_date"] as? Int ?? 0) > end)
        let wrongStart = await stripe.send(
            "POST", "/v1/subscription_schedules/\(id)",
            "phases[0][start_date]=\(start + 1)&phases[0][items][0][price]=\(new)")
        #expect(wrongStart.error("param") == "phases[0][start_date]")
        let released = await stripe.send("POST", "/v1/subscription_schedules/\(id)/release")
        #expect(released.string("status") == "released")
        #expect(released.string("released_subscription") == subscription)
        #expect(await stripe.send("GET", "/v1/subscriptions/\(subscription)")["schedule"] is NSNull)
    }

    @Test func onlyFromSubscription() async {
        let stripe = Harness()
        let missing = await stripe.send("POST", "/v1/subscription_schedules", "")
        #expect(missing.error("code") == "parameter_missing")
        #expect(missing.error("param") == "from_subscription")
        let unknown = await stripe.send(
            "POST", "/v1/subscription_schedules", "from_subscription=sub_x&customer=cus_x")
        #expect(unknown.error("param") == "customer")
        let noSuch = await stripe.send("POST", "/v1/subscription_schedules", "from_subscription=sub_x")
        #expect(noSuch.error("code") == "resource_missing")
    }
}
