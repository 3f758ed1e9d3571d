import Foundation
import Testing

/// Schedules as Stripe's API 2026-10-28.endive takes and returns them (issue 10, items 1 and 9).
@Suite("Subscription schedules, pinned-version rules")
struct ScheduleContractTests {
    /// A customer subscribed to a monthly price; returns the subscription id and the prices.
    static func subscribed(_ stripe: Harness) async -> (subscription: String, old: String, new: String) {
        await stripe.product()
        let old = await stripe.price()
        let new = await stripe.price(amount: 1500)
        let customer = await stripe.send("POST", "/v1/customers", "name=A").string("id") ?? ""
        let subscription =
            await stripe.send("POST", "/v1/subscriptions", "customer=\(customer)&items[0][price]=\(old)")
            .string("id") ?? ""
        return (subscription, old, new)
    }

    @Test("create takes from_subscription alone: metadata beside it is a 400 and creates nothing")
    func createTakesFromSubscriptionAlone() async {
        let stripe = Harness()
        let (subscription, _, _) = await Self.subscribed(stripe)
        let refused = await stripe.send(
            "POST", "/v1/subscription_schedules",
            "from_subscription=\(subscription)&metadata[tariff_migration]=x")
        #expect(refused.status == 400)
        #expect(refused.error("param") == "metadata")
        #expect(await stripe.send("GET", "/v1/subscription_schedules").ids.isEmpty)
        #expect(await stripe.send("GET", "/v1/subscriptions/\(subscription)")["schedule"] is NSNull)
        let created = await stripe.send(
            "POST", "/v1/subscription_schedules", "from_subscription=\(subscription)")
        #expect(created.status == 200)
    }

    @Test("phases take duration or end_date; iterations (removed in 2025-09-30.clover) is refused")
    func phaseDurations() async {
        let stripe = Harness()
        let (subscription, old, new) = await Self.subscribed(stripe)
        let created = await stripe.send(
            "POST", "/v1/subscription_schedules", "from_subscription=\(subscription)")
        let id = created.string("id") ?? ""
        let phase = (created["phases"] as? [[String: Any]])?.first
        let start = phase?["start_date"] as? Int ?? 0
        let end = phase?["end_date"] as? Int ?? 0
        let head =
            "phases[0][start_date]=\(start)&phases[0][end_date]=\(end)&phases[0][items][0][price]=\(old)"
            + "&phases[1][items][0][price]=\(new)"
        let iterations = await stripe.send(
            "POST", "/v1/subscription_schedules/\(id)", head + "&phases[1][iterations]=1")
        #expect(iterations.status == 400)
        #expect(iterations.error("code") == "parameter_unknown")
        #expect(iterations.error("param") == "phases[1][iterations]")
        let both = await stripe.send(
            "POST", "/v1/subscription_schedules/\(id)",
            head + "&phases[1][duration][interval]=month&phases[1][end_date]=\(end + 86_400)")
        #expect(both.error("code") == "parameters_exclusive")
        let duration = await stripe.send(
            "POST", "/v1/subscription_schedules/\(id)",
            head + "&phases[1][duration][interval]=day&phases[1][duration][interval_count]=3"
                + "&metadata[tariff_migration]=x")
        #expect(duration.status == 200)
        let phases = duration["phases"] as? [[String: Any]]
        #expect(phases?.last?["end_date"] as? Int == end + 3 * 86_400)
        #expect((duration["metadata"] as? [String: String])?["tariff_migration"] == "x")
        let endDate = await stripe.send(
            "POST", "/v1/subscription_schedules/\(id)", head + "&phases[1][end_date]=\(end + 86_400)")
        #expect((endDate["phases"] as? [[String: Any]])?.last?["end_date"] as? Int == end + 86_400)
    }

    @Test("schedules, phases and phase items carry every field the pinned version's types require")
    func completeObjects() async {
        let stripe = Harness()
        let (subscription, _, _) = await Self.subscribed(stripe)
        let schedule = await stripe.send(
            "POST", "/v1/subscription_schedules", "from_subscription=\(subscription)")
        #expect((schedule["billing_mode"] as? [String: Any])?["type"] as? String == "flexible")
        #expect(
            (schedule["default_settings"] as? [String: Any])?["billing_cycle_anchor"] as? String
                == "automatic")
        let phase = (schedule["phases"] as? [[String: Any]])?.first ?? [:]
        #expect(phase["add_invoice_items"] as? [Any] != nil)
        #expect(phase["currency"] as? String == "usd")
        #expect(phase["discounts"] as? [Any] != nil)
        let item = (phase["items"] as? [[String: Any]])?.first ?? [:]
        #expect(item["discounts"] as? [Any] != nil)
        #expect(item["plan"] as? String == item["price"] as? String)
        let subscriptionJSON = await stripe.send("GET", "/v1/subscriptions/\(subscription)")
        #expect((subscriptionJSON["billing_mode"] as? [String: Any])?["type"] as? String == "flexible")
    }
}
