import Foundation
import TariffEngine
import TariffStripe
import TariffTestSupport
import Testing

/// A changed amount on a price with subscribers, under each `on_change` policy.
@Suite("Apply replacements")
struct ApplyReplacementTests {
    @Test(arguments: ["migrate_now", "migrate_at_period_end", "grandfather"])
    func changedAmountsMoveSubscribersPerPolicy(_ policy: String) async throws {
        let bench = ApplyBench()
        let first = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1000, perCall: "0.5", policy: policy))
        #expect(try await bench.apply(first).succeeded)
        let before: [StripePrice] = try await bench.all("/v1/prices")
        let oldSeat = try #require(before.first { $0.lookupKey == "seat" })
        let oldCalls = try #require(before.first { $0.lookupKey == "calls" })
        let customer = try await bench.client.createCustomer(CustomerCreateParams(name: "Acme"))
        let subscription = try await bench.client.createSubscription(
            SubscriptionCreateParams(
                customer: customer.id,
                items: [
                    SubscriptionItemParams(price: oldSeat.id, quantity: 3),
                    SubscriptionItemParams(price: oldCalls.id),
                ]))

        let second = try ApplyBench.desired(
            ReplacementScenario.config(seat: 1200, perCall: "0.4", policy: policy))
        let planned = try await bench.plan(second)
        #expect(planned.plan.actions(of: .replace).count == 2)
        let report = try await bench.apply(second)
        #expect(report.succeeded, "\(report.results(.failed).map { "\($0.stepID): \($0.detail ?? "")" })")

        let after: [StripePrice] = try await bench.all("/v1/prices", "active=true")
        let newSeat = try #require(after.first { $0.lookupKey == "seat" })
        let newCalls = try #require(after.first { $0.lookupKey == "calls" })
        #expect(newSeat.id != oldSeat.id && newSeat.unitAmount == 1200)
        let archived: [StripePrice] = try await bench.all("/v1/prices", "active=false")
        #expect(Set(archived.map(\.id)) == [oldSeat.id, oldCalls.id])
        let product: StripeProduct = try await bench.client.retrieveProduct("team")
        #expect(product.defaultPrice?.id == newSeat.id)

        let live = try await bench.client.listAllSubscriptions(customer: customer.id).first
        let items = live?.items.data ?? []
        let seatItem = items.first { $0.id == subscription.items.data.first?.id }
        let callsItem = items.first { $0.id != seatItem?.id }
        switch policy {
        case "migrate_now":
            #expect(seatItem?.price.id == newSeat.id)
            #expect(callsItem?.price.id == newCalls.id)
            #expect(live?.schedule == nil)
        case "migrate_at_period_end":
            #expect(seatItem?.price.id == oldSeat.id)
            let scheduleID = try #require(live?.schedule)
            let schedule: ScheduleProbe = try await bench.client.get(
                "/v1/subscription_schedules/\(scheduleID)")
            #expect(schedule.phases.count == 2)
            let next = schedule.phases.last?.items ?? []
            #expect(next.contains { $0.price == newSeat.id && $0.quantity == 3 })
            #expect(next.contains { $0.price == newCalls.id && $0.quantity == nil })
        default:
            #expect(seatItem?.price.id == oldSeat.id)
            #expect(callsItem?.price.id == oldCalls.id)
        }
        #expect(seatItem?.quantity == 3)
        let fresh = try await bench.plan(second)
        #expect(fresh.plan.actions.map { "\($0.kind) \($0.address)" } == [])
    }
}
