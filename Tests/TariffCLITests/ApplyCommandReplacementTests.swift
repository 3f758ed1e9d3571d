import Foundation
import TariffStripe
import TariffTestSupport
import Testing

/// A changed amount on a price with subscribers, applied by the real binary under each policy.
@Suite("tariff apply replacements end to end", .serialized)
struct ApplyCommandReplacementTests {
    @Test(arguments: ["migrate_now", "migrate_at_period_end", "grandfather"])
    func replacementMovesSubscribersPerPolicy(_ policy: String) async throws {
        try await ApplyEmulatorProcess.with { emulator in
            let client = emulator.client
            let path = try emulator.writeConfig(
                ReplacementScenario.config(seat: 1000, perCall: "0.5", policy: policy))
            #expect(try await emulator.tariff(["apply", "--auto-approve", path]).status == 0)
            let old = try await client.listAllPrices().first { $0.lookupKey == "seat" }
            let oldSeat = try #require(old)
            let customer = try await client.createCustomer(CustomerCreateParams(name: "Acme"))
            let subscription = try await client.createSubscription(
                SubscriptionCreateParams(
                    customer: customer.id, items: [SubscriptionItemParams(price: oldSeat.id, quantity: 4)]))

            _ = try emulator.writeConfig(
                ReplacementScenario.config(seat: 1300, perCall: "0.5", policy: policy))
            let applied = try await emulator.tariff(["apply", "--auto-approve", path])
            #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")

            let prices = try await client.listAllPrices()
            let newSeat = try #require(prices.first { $0.lookupKey == "seat" })
            #expect(newSeat.id != oldSeat.id && newSeat.unitAmount == 1300)
            #expect(prices.first { $0.id == oldSeat.id }?.active == false)
            #expect(try await client.retrieveProduct("team").defaultPrice?.id == newSeat.id)
            let live = try #require(try await client.listAllSubscriptions(customer: customer.id).first)
            let item = live.items.data.first { $0.id == subscription.items.data.first?.id }
            #expect(item?.quantity == 4)
            switch policy {
            case "migrate_now":
                #expect(item?.price.id == newSeat.id)
            case "migrate_at_period_end":
                #expect(item?.price.id == oldSeat.id)
                let schedule: ScheduleProbe = try await client.get(
                    "/v1/subscription_schedules/\(try #require(live.schedule))")
                #expect(schedule.phases.last?.items.map(\.price) == [newSeat.id])
                #expect(schedule.phases.last?.items.map(\.quantity) == [4])
            default:
                #expect(item?.price.id == oldSeat.id)
            }
            let plan = try await emulator.tariff(["plan", "--detailed-exitcode", path])
            #expect(plan.status == 0, "\(plan.stdout)")
        }
    }
}
