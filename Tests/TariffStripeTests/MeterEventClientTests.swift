import Foundation
import Testing

@testable import TariffStripe

/// The client's usage calls on a scripted transport: wire format, the duplicate-identifier
/// answer, retries, summaries' float values, the v2 JSON transport and its redaction.
@Suite("Meter event client")
struct MeterEventClientTests {
    static let duplicate = ScriptedTransport.Step.stripeError(
        400, type: "invalid_request_error", message: "An event already exists with identifier tariff:calls:1."
    )
    static let event = ScriptedTransport.Step.json(
        200,
        #"{"object":"billing.meter_event","created":1796342400,"event_name":"calls","identifier":"tariff:calls:1","livemode":false,"payload":{"stripe_customer_id":"cus_1","value":"25"},"timestamp":1796338800}"#
    )
    static let params = MeterEventCreateParams(
        eventName: "calls", customer: "cus_1", value: 25, identifier: "tariff:calls:1",
        timestamp: 1_796_338_800)

    @Test func aMeterEventIsFormEncodedWithStringValues() async throws {
        let transport = ScriptedTransport([Self.event])
        let delivery = try await makeClient(transport).createMeterEvent(Self.params)
        guard case .created(let event, _) = delivery else {
            Issue.record("expected .created, got \(delivery)")
            return
        }
        #expect(event.timestamp == 1_796_338_800)
        #expect(event.payload == ["stripe_customer_id": "cus_1", "value": "25"])
        let request = try #require(transport.requests.first)
        #expect(request.path == "/v1/billing/meter_events")
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(
            request.bodyText
                == "event_name=calls&payload[stripe_customer_id]=cus_1&payload[value]=25"
                + "&identifier=tariff%3Acalls%3A1&timestamp=1796338800")
    }

    @Test func theDuplicateIdentifierAnswerIsDeliveredAndNotRetried() async throws {
        let transport = ScriptedTransport([Self.duplicate, Self.event])
        let delivery = try await makeClient(transport).createMeterEvent(Self.params)
        #expect(delivery == .alreadyDelivered(identifier: "tariff:calls:1", requestID: "req_err"))
        #expect(transport.requests.count == 1)
    }

    @Test func anotherBadRequestThrowsAndIsNotRetried() async throws {
        let transport = ScriptedTransport([
            .stripeError(
                400, type: "invalid_request_error", code: "meter_event_value_too_many_digits",
                param: "payload[value]"),
            Self.event,
        ])
        let error = await #expect(throws: StripeError.self) {
            try await makeClient(transport).createMeterEvent(Self.params)
        }
        #expect(error?.isDuplicateMeterEventIdentifier == false)
        #expect(error?.param == "payload[value]")
        #expect(transport.requests.count == 1)
    }

    @Test(arguments: [
        ScriptedTransport.Step.stripeError(429, type: "rate_limit_error", code: "rate_limit"),
        .stripeError(500, type: "api_error"),
        .fail(.connectionFailed("connection reset by peer")),
    ])
    func retryableFailuresAreRetriedWithOneIdempotencyKey(failure: ScriptedTransport.Step) async throws {
        let transport = ScriptedTransport([failure, Self.duplicate])
        let delivery = try await makeClient(transport).createMeterEvent(Self.params)
        #expect(delivery.identifier == "tariff:calls:1")
        #expect(transport.requests.count == 2)
        #expect(Set(transport.requests.compactMap { $0.headers["idempotency-key"] }).count == 1)
    }

    @Test func summariesRoundTheirFloatValuesAndPage() async throws {
        func row(_ id: String, _ start: Int, _ value: String) -> String {
            #"{"id":"\#(id)","object":"billing.meter_event_summary","aggregated_value":\#(value),"end_time":\#(start + 3600),"livemode":false,"meter":"mtr_1","start_time":\#(start)}"#
        }
        let transport = ScriptedTransport([
            .json(
                200,
                Fixture.list([row("s2", 7200, "12.6"), row("s1", 3600, "3.0")], hasMore: true, url: "/x")),
            .json(200, Fixture.list([row("s0", 0, "1e2")], hasMore: false, url: "/x")),
        ])
        let rows = try await makeClient(transport).listAllMeterEventSummaries(
            meter: "mtr_1",
            MeterEventSummaryParams(customer: "cus_1", startTime: 0, endTime: 10_800, groupingWindow: .hour))
        #expect(rows.map(\.value) == [13, 3, 100])
        #expect(rows.map(\.aggregatedValue) == [12.6, 3, 100])
        let queries = transport.requests.map(\.query)
        #expect(transport.requests.first?.path == "/v1/billing/meters/mtr_1/event_summaries")
        #expect(
            queries == [
                "customer=cus_1&start_time=0&end_time=10800&value_grouping_window=hour&limit=100",
                "customer=cus_1&start_time=0&end_time=10800&value_grouping_window=hour&limit=100&starting_after=s1",
            ])
    }

    @Test(arguments: [(2.5, 3), (-2.5, -3), (1e300, nil), (Double.nan, nil)] as [(Double, Int?)])
    func wholeNumbersFromFloats(value: Double, expected: Int?) {
        #expect(StripeMeterEventSummary.wholeNumber(value) == expected)
    }

    @Test func theStreamHostFollowsTheAPIBase() {
        #expect(
            MeterEventStream.baseURL(forAPIBase: "https://api.stripe.com")
                == "https://meter-events.stripe.com")
        #expect(MeterEventStream.baseURL(forAPIBase: "http://127.0.0.1:12111/") == "http://127.0.0.1:12111")
    }
}
