import Foundation
import Testing
import TariffStripe

@testable import TariffEmulator

/// Stripe's rules for meter events, adjustments and event summaries (stripe-usage.md §1–4),
/// on an emulator whose clock is frozen at `now`.
@Suite("Meter events and event summaries")
struct MeterEventRuleTests {
    /// 2026-12-04T00:00:00Z, a midnight, so hour and day windows start at round numbers.
    static let now = 1_796_342_400

    /// An emulator frozen at `now` with one customer `cus_a` and a meter.
    static func harness(
        formula: String = "sum", window: String? = nil, extra: String = ""
    ) async -> (Harness, meter: String, customer: String) {
        let stripe = Harness(.init(seed: 7, usage: EmulatorUsageSettings(clock: EmulatorClock(frozen: now))))
        var form = "event_name=calls&display_name=Calls&default_aggregation[formula]=\(formula)\(extra)"
        if let window { form += "&event_time_window=\(window)" }
        let meter = await stripe.send("POST", "/v1/billing/meters", form).string("id") ?? ""
        let customer = await stripe.send("POST", "/v1/customers", "email=a@example.com").string("id") ?? ""
        return (stripe, meter, customer)
    }

    static func event(_ customer: String, _ value: String, at time: Int? = nil, id: String? = nil) -> String {
        var form = "event_name=calls&payload[stripe_customer_id]=\(customer)&payload[value]=\(value)"
        if let time { form += "&timestamp=\(time)" }
        if let id { form += "&identifier=\(id)" }
        return form
    }

    /// The `aggregated_value`s of a summary list, newest window first.
    static func values(_ answer: Answer) -> [Int] {
        ((answer["data"] as? [[String: Any]]) ?? []).compactMap { $0["aggregated_value"] as? Int }
    }

    /// One broken rule per row: the event's form, and the code and parameter Stripe blames.
    static func brokenEvent(_ rule: String, customer: String) -> String {
        switch rule {
        case "decimal": event(customer, "2.5")
        case "not a number": event(customer, "abc")
        case "16 digits": event(customer, "1234567890123456")
        case "35 days and a minute back": event(customer, "1", at: now - 35 * 86_400 - 60)
        case "5 minutes and a second ahead": event(customer, "1", at: now + 301)
        case "no customer": "event_name=calls&payload[value]=1"
        default: event(customer, "1").replacingOccurrences(of: "event_name=calls", with: "event_name=nope")
        }
    }

    @Test(arguments: [
        ("decimal", "meter_event_invalid_value", "payload[value]"),
        ("not a number", "meter_event_invalid_value", "payload[value]"),
        ("16 digits", "meter_event_value_too_many_digits", "payload[value]"),
        ("35 days and a minute back", "timestamp_too_far_in_past", "timestamp"),
        ("5 minutes and a second ahead", "timestamp_in_future", "timestamp"),
        ("no customer", "meter_event_no_customer_defined", "payload[stripe_customer_id]"),
        ("no meter", "no_meter", "event_name"),
    ])
    func aRuleBrokenIsA400(rule: String, code: String, param: String) async {
        let (stripe, _, customer) = await Self.harness()
        let answer = await stripe.send(
            "POST", "/v1/billing/meter_events", Self.brokenEvent(rule, customer: customer))
        #expect(answer.status == 400)
        #expect(answer.error("code") == code)
        #expect(answer.error("param") == param)
    }

    @Test func fifteenDigitsAndTheEdgesOfTheTimeWindowAreAccepted() async {
        let (stripe, _, customer) = await Self.harness()
        for (value, time) in [
            ("999999999999999", Self.now - 35 * 86_400), ("-000000000000000012", Self.now + 300),
        ] {
            let answer = await stripe.send(
                "POST", "/v1/billing/meter_events", Self.event(customer, value, at: time))
            #expect(answer.status == 200)
            #expect(answer["timestamp"] as? Int == time)
        }
    }

    @Test func anIdentifierIsUniqueFor24Hours() async {
        let (stripe, _, customer) = await Self.harness()
        let form = Self.event(customer, "3", id: "tariff:calls:1")
        #expect(await stripe.send("POST", "/v1/billing/meter_events", form).status == 200)
        let again = await stripe.send("POST", "/v1/billing/meter_events", form)
        #expect(again.status == 400)
        #expect(again.error("message") == "An event already exists with identifier tariff:calls:1.")
        #expect(again.error("type") == "invalid_request_error")
        await stripe.emulator.advanceClock(by: 24 * 3600)
        #expect(await stripe.send("POST", "/v1/billing/meter_events", form).status == 200)
    }

    @Test func customPayloadKeysFromTheMeter() async {
        let (stripe, meter, customer) = await Self.harness(
            extra: "&customer_mapping[event_payload_key]=cust&customer_mapping[type]=by_id"
                + "&value_settings[event_payload_key]=units")
        let standard = await stripe.send("POST", "/v1/billing/meter_events", Self.event(customer, "1"))
        #expect(standard.error("param") == "payload[cust]")
        let custom = await stripe.send(
            "POST", "/v1/billing/meter_events", "event_name=calls&payload[cust]=\(customer)&payload[units]=4")
        #expect(custom.status == 200)
        let summary = await stripe.send(
            "GET", "/v1/billing/meters/\(meter)/event_summaries",
            "customer=\(customer)&start_time=\(Self.now - 3600)&end_time=\(Self.now + 3600)")
        #expect(Self.values(summary) == [4])
    }

    @Test(arguments: [("sum", 10), ("count", 3), ("last", 2)])
    func summariesAggregateByFormula(formula: String, expected: Int) async {
        let (stripe, meter, customer) = await Self.harness(formula: formula)
        for (value, offset) in [("3", -300), ("5", -60), ("2", -120)] {
            await stripe.send(
                "POST", "/v1/billing/meter_events", Self.event(customer, value, at: Self.now + offset))
        }
        let summary = await stripe.send(
            "GET", "/v1/billing/meters/\(meter)/event_summaries",
            "customer=\(customer)&start_time=\(Self.now - 3600)&end_time=\(Self.now)")
        // last is the value of the latest event by timestamp: 5 at now-60, not 2 sent last.
        #expect(Self.values(summary) == [formula == "last" ? 5 : expected])
    }

    @Test func aPreAggregatedMeterKeepsTheNewestEventPerCustomerAndWindow() async {
        let (stripe, meter, customer) = await Self.harness(window: "hour")
        let hour = Self.now - 7200
        for (value, offset, id) in [("10", 60, "a"), ("7", 1800, "b"), ("4", 3600 + 5, "c")] {
            let answer = await stripe.send(
                "POST", "/v1/billing/meter_events", Self.event(customer, value, at: hour + offset, id: id))
            #expect(answer.status == 200)
        }
        let summary = await stripe.send(
            "GET", "/v1/billing/meters/\(meter)/event_summaries",
            "customer=\(customer)&start_time=\(hour)&end_time=\(Self.now)&value_grouping_window=hour")
        #expect(Self.values(summary) == [4, 7])
        #expect(summary.ids.count == 2)
    }

    @Test(arguments: [
        ("start_time=30&end_time=3600", "start_time"),
        ("start_time=0&end_time=3630", "end_time"),
        ("start_time=60&end_time=3600&value_grouping_window=hour", "start_time"),
        ("start_time=0&end_time=3600&value_grouping_window=day", "end_time"),
        ("start_time=3600&end_time=3600", "end_time"),
    ])
    func summaryTimesFollowStripesAlignment(times: String, param: String) async {
        let (stripe, meter, customer) = await Self.harness()
        let base = Self.now - 86_400
        let shifted = times.split(separator: "&").map { pair -> String in
            let parts = pair.split(separator: "=")
            guard parts[0].hasSuffix("_time"), let value = Int(parts[1]) else { return String(pair) }
            return "\(parts[0])=\(base + value)"
        }.joined(separator: "&")
        let answer = await stripe.send(
            "GET", "/v1/billing/meters/\(meter)/event_summaries", "customer=\(customer)&\(shifted)")
        #expect(answer.status == 400)
        #expect(answer.error("param") == param)
    }

    @Test func summariesPageNewestFirst() async {
        let (stripe, meter, customer) = await Self.harness()
        let start = Self.now - 30 * 3600
        for hour in 0..<30 {
            await stripe.send(
                "POST", "/v1/billing/meter_events",
                Self.event(customer, "\(hour + 1)", at: start + hour * 3600 + 10))
        }
        var values: [Int] = []
        var cursor: String?
        var pages = 0
        repeat {
            var query =
                "customer=\(customer)&start_time=\(start)&end_time=\(Self.now)&value_grouping_window=hour&limit=12"
            if let cursor { query += "&starting_after=\(cursor)" }
            let page = await stripe.send("GET", "/v1/billing/meters/\(meter)/event_summaries", query)
            values += Self.values(page)
            pages += 1
            cursor = (page["has_more"] as? Bool == true) ? page.ids.last : nil
        } while cursor != nil && pages < 10
        #expect(pages == 3)
        #expect(values == Array((1...30).reversed()))
    }

    @Test func eventsShowInSummariesOnlyAfterTheLag() async {
        let (stripe, meter, customer) = await Self.harness()
        await stripe.emulator.setSummaryLag(60)
        await stripe.send("POST", "/v1/billing/meter_events", Self.event(customer, "9", at: Self.now - 10))
        let query = "customer=\(customer)&start_time=\(Self.now - 3600)&end_time=\(Self.now + 60)"
        #expect(
            Self.values(await stripe.send("GET", "/v1/billing/meters/\(meter)/event_summaries", query)) == [0]
        )
        await stripe.emulator.advanceClock(by: 60)
        #expect(
            Self.values(await stripe.send("GET", "/v1/billing/meters/\(meter)/event_summaries", query)) == [9]
        )
    }

    @Test func anAdjustmentCancelsAnEventReceivedInTheLast24Hours() async {
        let (stripe, meter, customer) = await Self.harness()
        await stripe.send(
            "POST", "/v1/billing/meter_events", Self.event(customer, "5", at: Self.now - 100, id: "keep"))
        await stripe.send(
            "POST", "/v1/billing/meter_events", Self.event(customer, "8", at: Self.now - 100, id: "drop"))
        let cancel = await stripe.send(
            "POST", "/v1/billing/meter_event_adjustments",
            "event_name=calls&type=cancel&cancel[identifier]=drop")
        #expect(cancel.string("object") == "billing.meter_event_adjustment")
        #expect(cancel.string("status") == "pending")
        let query = "customer=\(customer)&start_time=\(Self.now - 3600)&end_time=\(Self.now)"
        #expect(
            Self.values(await stripe.send("GET", "/v1/billing/meters/\(meter)/event_summaries", query)) == [5]
        )
        await stripe.emulator.advanceClock(by: 24 * 3600)
        let late = await stripe.send(
            "POST", "/v1/billing/meter_event_adjustments",
            "event_name=calls&type=cancel&cancel[identifier]=keep")
        #expect(late.status == 400)
        #expect(late.error("param") == "cancel[identifier]")
    }

    @Test func anUnknownCustomerIsAcceptedButNeverCounted() async {
        let (stripe, _, _) = await Self.harness()
        let answer = await stripe.send("POST", "/v1/billing/meter_events", Self.event("cus_missing", "5"))
        #expect(answer.status == 200)
        let errors = await stripe.send("GET", "/_emulator/meter_event_errors")
        let codes = ((errors["data"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        #expect(codes == ["meter_event_customer_not_found"])
    }

    @Test func theClockAndLagAreControlledOverHTTP() async {
        let (stripe, _, _) = await Self.harness()
        let set = await stripe.send("POST", "/_emulator/clock", "now=2026-12-05T00:00:00Z")
        #expect(set["now"] as? Int == Self.now + 86_400)
        let advanced = await stripe.send("POST", "/_emulator/clock", "advance=90")
        #expect(advanced["now"] as? Int == Self.now + 86_490)
        #expect(
            await stripe.send("POST", "/_emulator/meter_event_lag", "seconds=30")["seconds"] as? Int == 30)
        #expect(await stripe.emulator.usageSettings.summaryLag == 30)
        #expect(await stripe.send("POST", "/_emulator/clock", "now=soon").status == 400)
    }
}
