import Foundation
import Logging
import Testing

@testable import TariffStripe

/// The v2 session and stream on a scripted transport: JSON bodies, batches of 100, the session
/// token in place of the key, renewal on 401, and neither secret in any message.
@Suite("Meter event stream")
struct MeterEventStreamTests {
    static let token = "mest_SessionTokenSecret0123456789"

    static func session(_ id: String, expires: String = "2030-01-01T00:15:00.000Z") -> ScriptedTransport.Step
    {
        .json(
            200,
            #"{"id":"\#(id)","object":"v2.billing.meter_event_session","authentication_token":"\#(token)\#(id)","created":"2030-01-01T00:00:00.000Z","expires_at":"\#(expires)","livemode":false}"#
        )
    }

    static let accepted = ScriptedTransport.Step.json(200, "{}")
    static let expired = ScriptedTransport.Step.stripeError(
        401, type: "temporary_session_expired", code: "billing_meter_event_session_expired",
        message: "session \(token)mes_1 expired for \(testKeyText)")

    static func events(_ count: Int) -> [MeterEventCreateParams] {
        (0..<count).map {
            MeterEventCreateParams(
                eventName: "calls", customer: "cus_\($0)", value: $0, identifier: "e\($0)",
                timestamp: 1_893_456_000)
        }
    }

    /// 2030-01-01T00:00:00Z.
    static let clock: @Sendable () -> Int = { 1_893_456_000 }

    @Test func eventsGoInBatchesOf100WithTheSessionToken() async throws {
        let transport = ScriptedTransport([
            Self.session("mes_1"), Self.accepted, Self.accepted, Self.accepted,
        ])
        let stream = MeterEventStream(client: makeClient(transport), now: Self.clock)
        let requests = try await stream.send(Self.events(250))
        #expect(requests == 3)
        #expect(await stream.sessionsCreated == 1)
        let sent = transport.requests
        #expect(
            sent.map(\.path) == ["/v2/billing/meter_event_session"]
                + Array(repeating: "/v2/billing/meter_event_stream", count: 3))
        #expect(sent[0].headers["authorization"] == "Bearer \(testKeyText)")
        #expect(sent[0].headers["content-type"] == "application/json")
        #expect(sent[0].bodyText == "{}")
        #expect(sent.dropFirst().allSatisfy { $0.headers["authorization"] == "Bearer \(Self.token)mes_1" })
        let counts = try sent.dropFirst().map { request in
            let object = try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]
            return (object?["events"] as? [[String: Any]])?.count ?? 0
        }
        #expect(counts == [100, 100, 50])
        #expect(
            sent[1].bodyText.hasPrefix(
                #"{"events":[{"event_name":"calls","identifier":"e0","payload":{"stripe_customer_id":"cus_0","value":"0"},"timestamp":"2030-01-01T00:00:00.000Z"}"#
            ))
    }

    @Test func anExpiredSessionIsRenewedAndTheBatchSentAgain() async throws {
        let transport = ScriptedTransport([
            Self.session("mes_1"), Self.expired, Self.session("mes_2"), Self.accepted,
        ])
        let stream = MeterEventStream(client: makeClient(transport), now: Self.clock)
        try await stream.send(Self.events(3))
        #expect(await stream.sessionsCreated == 2)
        let sent = transport.requests
        #expect(sent.count == 4)
        #expect(sent[1].body == sent[3].body)
        #expect(sent[3].headers["authorization"] == "Bearer \(Self.token)mes_2")
    }

    @Test func aSessionAboutToExpireIsReplacedBeforeUse() async throws {
        let transport = ScriptedTransport([
            Self.session("mes_1", expires: "2030-01-01T00:00:30.000Z"), Self.accepted,
            Self.session("mes_2"), Self.accepted,
        ])
        let stream = MeterEventStream(client: makeClient(transport), renewalMargin: 60, now: Self.clock)
        try await stream.send(Self.events(1))
        try await stream.send(Self.events(1))
        #expect(await stream.sessionsCreated == 2)
    }

    @Test func errorsAndLogsNeverShowTheKeyOrTheToken() async throws {
        let transport = ScriptedTransport([
            Self.session("mes_1"), Self.expired, Self.session("mes_1"), Self.expired,
        ])
        let store = CapturingLogHandler.Store()
        let logger = Logger(label: "stream") { _ in CapturingLogHandler(store: store) }
        let stream = MeterEventStream(client: makeClient(transport, logger: logger), now: Self.clock)
        let error = await #expect(throws: StripeError.self) { try await stream.send(Self.events(1)) }
        var dumped = ""
        dump(error, to: &dumped)
        let text = "\(String(describing: error)) \(dumped) \(store.all.joined(separator: "\n"))"
        #expect(error?.isMeterEventSessionExpired == true)
        #expect(text.contains("<redacted session token>"))
        #expect(!text.contains(Self.token))
        #expect(!text.contains(testKeyText))
    }

    @Test func streamRequestsAreRetriedLikeEveryOther() async throws {
        let transport = ScriptedTransport([
            Self.session("mes_1"), .stripeError(429, type: "rate_limit"), .fail(.connectionFailed("reset")),
            Self.accepted,
        ])
        let stream = MeterEventStream(client: makeClient(transport), now: Self.clock)
        try await stream.send(Self.events(2))
        let streamRequests = transport.requests.dropFirst()
        #expect(streamRequests.count == 3)
        #expect(Set(streamRequests.compactMap { $0.headers["idempotency-key"] }).count == 1)
    }
}
