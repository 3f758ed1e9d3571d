import Testing
import TariffEngine
import TariffStripe

@Suite("Differ: meters")
struct DifferMeterTests {
    @Test(
        "each create-only meter field forces a replacement",
        arguments: [
            ("default_aggregation.formula", "last"),
            ("customer_mapping.event_payload_key", "customer"),
            ("value_settings.event_payload_key", "amount"),
        ])
    func createOnlyField(field: String, value: String) throws {
        var live = Fixture.matchingLive()
        switch field {
        case "default_aggregation.formula": live.meters[0].formula = StripeEnum(rawValue: value)
        case "customer_mapping.event_payload_key": live.meters[0].customerPayloadKey = value
        default: live.meters[0].valuePayloadKey = value
        }
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let replace = try #require(plan.action(.replace, at: .meter("api_calls")))
        #expect(replace.forcingFields == [field])
        // Same event name: Stripe keeps it on the deactivated meter, so the plan asks for a new one.
        #expect(plan.diagnostics.map(\.code) == ["plan.meter-event-name-taken"])
        let cascade = try #require(plan.action(.replace, at: Fixture.usageAddress))
        #expect(cascade.reasons.contains { $0.kind == .cascade })
    }

    @Test("a renamed event replaces the meter and cascades to its prices and their subscribers")
    func renamedEventCascades() throws {
        var desired = Fixture.desired()
        desired.meters[0].eventName = "api_calls_v2"
        var live = Fixture.matchingLive()
        live.subscriptions = Fixture.subscriptions(on: "price_usage", statuses: ["active"])
        let plan = Differ.diff(desired: desired, live: live)
        let meter = try #require(plan.action(.replace, at: .meter("api_calls")))
        #expect(meter.liveID == "mtr_1")
        #expect(
            meter.changes.first
                == FieldChange(
                    field: .meter(.eventName), before: .string("api_calls"), after: .string("api_calls_v2"),
                    forcesReplacement: true))
        let price = try #require(plan.action(.replace, at: Fixture.usageAddress))
        #expect(price.forcingFields == ["recurring.meter"])
        #expect(price.impact?.total == 1)
        #expect(plan.action(.replace, at: Fixture.feeAddress) == nil)
        #expect(plan.diagnostics.isEmpty)
    }

    @Test("a display name edit updates in place; a deactivated meter is reactivated (drift)")
    func updatesAndDrift() throws {
        var live = Fixture.matchingLive()
        live.meters[0].displayName = "Calls"
        live.meters[0].status = StripeEnum(.inactive)
        let plan = Differ.diff(desired: Fixture.desired(), live: live)
        let update = try #require(plan.action(.update, at: .meter("api_calls")))
        #expect(update.changes.map(\.field.path) == ["display_name", "status"])
        #expect(update.changes.last?.isDrift == true)
        #expect(update.reasons.map(\.kind) == [.changed, .drift])
    }
}
