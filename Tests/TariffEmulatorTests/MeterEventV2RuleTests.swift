import Foundation
import Testing
import TariffStripe

@testable import TariffEmulator

/// Stripe's v2 meter-event endpoints: JSON bodies, ISO-8601 times, the session token that
/// authenticates the stream, and the stream's asynchronous validation.
@Suite("Meter events v2: session, stream, single events, adjustments")
struct MeterEventV2RuleTests {
    static let now = MeterEventRuleTests.now

    static func iso(_ seconds: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    static func event(_ customer: String, _ value: String, id: String, at time: Int) -> String {
        #"{"event_name":"calls","identifier":"\#(id)","payload":{"stripe_customer_id":"\#(customer)","value":"\#(value)"},"timestamp":"\#(iso(time))"}"#
    }

    static func session(_ stripe: Harness) async -> String {
        let session = await stripe.send("POST", "/v2/billing/meter_event_session", "{}")
        #expect(session.string("object") == "v2.billing.meter_event_session")
        #expect(session.string("expires_at") == iso(now + 900))
        return session.string("authentication_token") ?? ""
    }

    @Test func theStreamCountsValidEventsAndReportsTheRest() async {
        let (stripe, meter, customer) = await MeterEventRuleTests.harness()
        let token = await Self.session(stripe)
        let events = [
            Self.event(customer, "4", id: "s1", at: Self.now - 60),
            Self.event(customer, "6", id: "s2", at: Self.now - 120),
            Self.event(customer, "1.5", id: "s3", at: Self.now - 60),
            Self.event(customer, "2", id: "s4", at: Self.now - 40 * 86_400),
            Self.event(customer, "4", id: "s1", at: Self.now - 60),
        ]
        let answer = await stripe.send(
            "POST", "/v2/billing/meter_event_stream", #"{"events":[\#(events.joined(separator: ","))]}"#,
            key: token)
        #expect(answer.status == 200)
        #expect(answer.json.isEmpty)
        let summary = await stripe.send(
            "GET", "/v1/billing/meters/\(meter)/event_summaries",
            "customer=\(customer)&start_time=\(Self.now - 3600)&end_time=\(Self.now)")
        #expect(MeterEventRuleTests.values(summary) == [10])
        let errors = await stripe.send("GET", "/_emulator/meter_event_errors")
        let codes = ((errors["data"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        #expect(
            codes == ["meter_event_invalid_value", "timestamp_too_far_in_past", "resource_already_exists"])
    }

    @Test func theStreamRefusesAnApiKeyAnExpiredTokenAndMoreThan100Events() async {
        let (stripe, _, customer) = await MeterEventRuleTests.harness()
        let body = #"{"events":[\#(Self.event(customer, "1", id: "x", at: Self.now))]}"#
        #expect(await stripe.send("POST", "/v2/billing/meter_event_stream", body).status == 401)
        let token = await Self.session(stripe)
        let many = (0...100).map { Self.event(customer, "1", id: "m\($0)", at: Self.now) }.joined(
            separator: ",")
        let tooMany = await stripe.send(
            "POST", "/v2/billing/meter_event_stream", #"{"events":[\#(many)]}"#, key: token)
        #expect(tooMany.status == 400)
        #expect(tooMany.error("param") == "events")
        let number =
            #"{"events":[{"event_name":"calls","payload":{"stripe_customer_id":"\#(customer)","value":3}}]}"#
        let notString = await stripe.send("POST", "/v2/billing/meter_event_stream", number, key: token)
        #expect(notString.status == 400)
        #expect(notString.error("param") == "events[0][payload][value]")
        await stripe.emulator.advanceClock(by: 15 * 60)
        let expired = await stripe.send("POST", "/v2/billing/meter_event_stream", body, key: token)
        #expect(expired.status == 401)
        #expect(expired.error("code") == "billing_meter_event_session_expired")
        #expect(expired.error("type") == "temporary_session_expired")
    }

    @Test func aSingleV2EventIsValidatedAtOnceWithIsoTimes() async {
        let (stripe, _, customer) = await MeterEventRuleTests.harness()
        let body = Self.event(customer, "12", id: "v2-1", at: Self.now - 30)
        let created = await stripe.send("POST", "/v2/billing/meter_events", body)
        #expect(created.status == 200)
        #expect(created.string("object") == "v2.billing.meter_event")
        #expect(created.string("timestamp") == Self.iso(Self.now - 30))
        let duplicate = await stripe.send("POST", "/v2/billing/meter_events", body)
        #expect(duplicate.status == 400)
        #expect(duplicate.error("message") == "An event already exists with identifier v2-1.")
        let cancel = await stripe.send(
            "POST", "/v2/billing/meter_event_adjustments",
            #"{"event_name":"calls","type":"cancel","cancel":{"identifier":"v2-1"}}"#)
        #expect(cancel.string("object") == "v2.billing.meter_event_adjustment")
    }

    @Test func restrictedKeysNeedTheMeterEventPermissions() async {
        let key = "rk_test_usage"
        let stripe = Harness(.init(restrictedKeyPermissions: [key: ["billing_meter_read"]], seed: 3))
        let v1 = await stripe.send("POST", "/v1/billing/meter_events", "event_name=x", key: key)
        #expect(v1.status == 403)
        #expect(v1.error("message")?.contains("rak_billing_meter_event_write") == true)
        let session = await stripe.send("POST", "/v2/billing/meter_event_session", "{}", key: key)
        #expect(session.status == 403)
        #expect(session.error("message")?.contains("rak_billing_meter_event_write") == true)
        let adjust = await stripe.send(
            "POST", "/v1/billing/meter_event_adjustments", "event_name=x", key: key)
        #expect(adjust.error("message")?.contains("rak_billing_meter_event_adjustment_write") == true)
    }
}
