import Foundation

/// Sends meter events through Stripe's v2 high-throughput stream (stripe-usage.md §3).
///
/// `POST /v2/billing/meter_event_stream` takes at most 100 events per request, authenticates
/// with a meter event session's token rather than the API key, and on Stripe lives on its own
/// host (`https://meter-events.stripe.com`); the emulator serves it on its one base URL. The
/// stream creates a session when it needs one, renews it shortly before it expires, and when
/// Stripe still answers 401 `billing_meter_event_session_expired` it gets a new session and sends
/// the same request once more. Other failures follow the client's retry policy.
///
/// Stream validation is asynchronous: a 2xx means the events were received, not that each
/// was valid. Safe to share between tasks; concurrent sends share one session.
package actor MeterEventStream {
    /// Stripe's host for the stream.
    package static let stripeBaseURL = "https://meter-events.stripe.com"
    /// Stripe's limit of events per stream request.
    package static let maxEventsPerRequest = 100

    package let client: StripeClient
    private let destination: StripeV2Destination
    /// A session is replaced this many seconds before its `expires_at`.
    private let renewalMargin: Int
    private let now: @Sendable () -> Int
    private var session: StripeMeterEventSession?
    private var creating: Task<StripeMeterEventSession, any Error>?
    /// Sessions created so far (tests and benchmarks count them).
    package private(set) var sessionsCreated = 0

    /// - Parameters:
    ///   - client: creates the sessions (with its API key) and supplies retries and logging.
    ///   - transport: sends the stream requests; nil uses the client's transport, right for the
    ///     emulator. For Stripe pass a transport for `stripeBaseURL` (see `baseURL(forAPIBase:)`).
    ///   - baseURL: where `transport` points, for messages; nil means the client's base URL.
    ///   - renewalMargin: seconds before expiry at which a session is replaced.
    ///   - now: the clock, Unix seconds; injectable for tests.
    package init(
        client: StripeClient, transport: (any StripeTransport)? = nil, baseURL: String? = nil,
        renewalMargin: Int = 60, now: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }
    ) {
        self.client = client
        self.destination = StripeV2Destination(
            transport: transport ?? client.transport, baseURL: baseURL ?? client.configuration.baseURL)
        self.renewalMargin = renewalMargin
        self.now = now
    }

    /// The stream's base URL for an API base URL: Stripe's meter-events host for Stripe's API,
    /// the same URL for anything else (the emulator serves every path on one port).
    package static func baseURL(forAPIBase apiBase: String) -> String {
        let trimmed = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        return trimmed == StripeClientConfiguration.defaultBaseURL ? stripeBaseURL : trimmed
    }

    /// Sends `events` in order, in requests of at most 100.
    ///
    /// - Returns: the number of stream requests that succeeded (retries not counted).
    /// - Throws: the `StripeError` of the first request that failed for good; the batches before
    ///   it were delivered.
    @discardableResult
    package func send(_ events: [MeterEventCreateParams]) async throws -> Int {
        var requests = 0
        var start = events.startIndex
        while start < events.endIndex {
            let end = min(start + Self.maxEventsPerRequest, events.endIndex)
            try await sendBatch(Array(events[start..<end]))
            requests += 1
            start = end
        }
        return requests
    }

    /// One stream request of at most 100 events, renewing the session once on expiry.
    private func sendBatch(_ events: [MeterEventCreateParams]) async throws {
        let body = try V2JSON.encode(V2MeterEventStreamBody(events: events.map(\.v2Body)))
        let used = try await currentSession()
        do {
            try await post(body, token: used.authenticationToken)
        } catch let error as StripeError where error.isMeterEventSessionExpired {
            if session?.id == used.id { session = nil }
            let fresh = try await currentSession()
            try await post(body, token: fresh.authenticationToken)
        }
    }

    private func post(_ body: [UInt8], token: StripeSecret) async throws {
        _ = try await client.sendV2(
            method: "POST", path: "/v2/billing/meter_event_stream", body: body, credential: .session(token),
            to: destination)
    }

    /// The current session, or a new one when there is none or it is about to expire. Concurrent
    /// callers wait for the same creation rather than each making a session.
    private func currentSession() async throws -> StripeMeterEventSession {
        if let session, session.expiresAt - renewalMargin > now() { return session }
        if let creating { return try await creating.value }
        let client = self.client
        let task = Task { try await client.createMeterEventSession() }
        creating = task
        defer { creating = nil }
        let fresh = try await task.value
        sessionsCreated += 1
        session = fresh
        return fresh
    }
}
