import Foundation
import TariffStripe
import TariffTestSupport
import Testing

/// `migrate_at_period_end` proven over time: the real binary applies a replaced price against
/// `tariff emulator`, a Stripe test clock moves past the period end, and every subscriber is then
/// billed on the new prices (issue 10, build item 4).
@Suite("migrate_at_period_end with a test clock, end to end", .serialized)
struct TestClockMigrationTests {
    /// The parts of a test clock the test reads.
    struct Clock: Decodable, Sendable {
        var id: String
        var frozen_time: Int
    }

    @Test func subscribersAreOnTheNewPricesAfterThePeriodEnds() async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(
                ReplacementScenario.config(seat: 1000, perCall: "0.5", policy: "migrate_at_period_end"))
            #expect(try await emulator.tariff(["apply", "--auto-approve", path]).status == 0)
            let before = try await client.listAllPrices()
            let oldSeat = try #require(before.first { $0.lookupKey == "seat" })
            let oldCalls = try #require(before.first { $0.lookupKey == "calls" })

            let start = Int(Date().timeIntervalSince1970) / 3600 * 3600
            let clock: Clock = try await client.post(
                "/v1/test_helpers/test_clocks",
                form: StripeForm([StripeFormField("frozen_time", .integer(start))]))
            var subscriptions: [String: Int] = [:]
            for (index, seats) in [2, 3, 7].enumerated() {
                let customer: StripeCustomer = try await client.post(
                    "/v1/customers",
                    form: StripeForm([
                        StripeFormField("name", .string("Customer \(index)")),
                        StripeFormField("test_clock", .string(clock.id)),
                    ]))
                let subscription = try await client.createSubscription(
                    SubscriptionCreateParams(
                        customer: customer.id,
                        items: [
                            SubscriptionItemParams(price: oldSeat.id, quantity: seats),
                            SubscriptionItemParams(price: oldCalls.id),
                        ]))
                subscriptions[subscription.id] = seats
            }

            _ = try emulator.writeConfig(
                ReplacementScenario.config(seat: 1300, perCall: "0.7", policy: "migrate_at_period_end"))
            let applied = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
            let after = try await client.listAllPrices()
            let newSeat = try #require(after.first { $0.lookupKey == "seat" })
            let newCalls = try #require(after.first { $0.lookupKey == "calls" })
            #expect(newSeat.id != oldSeat.id && newCalls.id != oldCalls.id)

            var periodEnd = 0
            for id in subscriptions.keys {
                let live: StripeSubscription = try await client.get("/v1/subscriptions/\(id)")
                #expect(live.schedule != nil, "subscription \(id) has no migration schedule")
                #expect(Set(live.items.data.map(\.price.id)) == [oldSeat.id, oldCalls.id])
                periodEnd = max(periodEnd, live.items.data.compactMap(\.currentPeriodEnd).max() ?? 0)
            }
            #expect(periodEnd > start)
            let advanced: Clock = try await client.post(
                "/v1/test_helpers/test_clocks/\(clock.id)/advance",
                form: StripeForm([StripeFormField("frozen_time", .integer(periodEnd + 3600))]))
            #expect(advanced.frozen_time == periodEnd + 3600)

            for (id, seats) in subscriptions {
                let live: StripeSubscription = try await client.get("/v1/subscriptions/\(id)")
                let seat = live.items.data.first { $0.price.id == newSeat.id }
                #expect(seat?.quantity == seats, "subscription \(id)")
                #expect(live.items.data.contains { $0.price.id == newCalls.id }, "subscription \(id)")
                #expect(!live.items.data.contains { [oldSeat.id, oldCalls.id].contains($0.price.id) })
                #expect(seat?.currentPeriodStart == periodEnd)
            }
            let plan = try await emulator.tariff(["plan", "--detailed-exitcode", path])
            #expect(plan.status == 0, "\(plan.stdout)\(plan.stderr)")
        }
    }
}
