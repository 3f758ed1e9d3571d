import Testing

@Suite("Billing meters and meter events")
struct MeterRuleTests {
    @Test func createUpdateDeactivateReactivate() async {
        let stripe = Harness()
        let meter = await stripe.meter()
        let renamed = await stripe.send("POST", "/v1/billing/meters/\(meter)", "display_name=Calls")
        #expect(renamed.string("display_name") == "Calls")
        #expect(renamed.string("object") == "billing.meter")
        let immutable = await stripe.send("POST", "/v1/billing/meters/\(meter)", "event_name=other")
        #expect(immutable.error("code") == "parameter_unknown")
        #expect(immutable.error("param") == "event_name")
        #expect(
            await stripe.send("POST", "/v1/billing/meters/\(meter)/deactivate").string("status") == "inactive"
        )
        #expect(await stripe.send("GET", "/v1/billing/meters", "status=inactive").ids == [meter])
        #expect(await stripe.send("GET", "/v1/billing/meters", "status=active").ids == [])
        #expect(
            await stripe.send("POST", "/v1/billing/meters/\(meter)/reactivate").string("status") == "active")
    }

    @Test func eventNameIsUnique() async {
        let stripe = Harness()
        _ = await stripe.meter("calls")
        let duplicate = await stripe.send(
            "POST", "/v1/billing/meters", "event_name=calls&display_name=X&default_aggregation[formula]=count"
        )
        #expect(duplicate.status == 400)
        #expect(duplicate.error("param") == "event_name")
        let badFormula = await stripe.send(
            "POST", "/v1/billing/meters", "event_name=x&display_name=X&default_aggregation[formula]=max")
        #expect(badFormula.error("param") == "default_aggregation[formula]")
    }

    @Test func meterEventsNeedAnActiveMeterAndDeduplicate() async {
        let stripe = Harness()
        let meter = await stripe.meter("calls")
        let form = "event_name=calls&payload[stripe_customer_id]=cus_1&payload[value]=3&identifier=evt-1"
        let first = await stripe.send("POST", "/v1/billing/meter_events", form)
        #expect(first.status == 200)
        #expect(first.string("object") == "billing.meter_event")
        let again = await stripe.send("POST", "/v1/billing/meter_events", form)
        #expect(again.status == 400)
        #expect(again.error("param") == "identifier")
        #expect(again.error("message") == "An event already exists with identifier evt-1.")
        let noValue = await stripe.send(
            "POST", "/v1/billing/meter_events", "event_name=calls&payload[stripe_customer_id]=cus_1")
        #expect(noValue.error("param") == "payload[value]")
        await stripe.send("POST", "/v1/billing/meters/\(meter)/deactivate")
        let inactive = await stripe.send(
            "POST", "/v1/billing/meter_events",
            "event_name=calls&payload[stripe_customer_id]=cus_1&payload[value]=1")
        #expect(inactive.status == 400)
        #expect(inactive.error("param") == "event_name")
    }
}
