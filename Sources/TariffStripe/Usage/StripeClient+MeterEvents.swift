// Typed calls for usage reporting: meter events (v1 and v2), adjustments, event summaries and
// meter event sessions (stripe-usage.md §1–4). The v2 stream has its own type,
// `MeterEventStream`, because it needs a session token and may go to another host.

import Foundation

extension StripeClient {
    /// `POST /v1/billing/meter_events`.
    ///
    /// Stripe's duplicate-identifier 400 comes back as `.alreadyDelivered`, not as an error: with
    /// deterministic identifiers it means an earlier attempt got through. Every other 400 throws
    /// (and is not retried); 429, 5xx and lost connections are retried as for every call.
    package func createMeterEvent(_ params: MeterEventCreateParams, idempotencyKey: String? = nil)
        async throws -> MeterEventDelivery
    {
        do {
            // Sent by hand rather than through post(_:form:) to keep the answer's Request-Id,
            // which the usage ledger records beside each window.
            let path = "/v1/billing/meter_events"
            let response = try await send(
                method: "POST", path: path, query: "", body: params.stripeForm.encoded,
                idempotencyKey: idempotencyKey ?? "tariff-\(UUID().uuidString.lowercased())")
            let event = try decode(StripeMeterEvent.self, from: response, method: "POST", path: path)
            return .created(event, requestID: response.headers["request-id"])
        } catch let error as StripeError where error.isDuplicateMeterEventIdentifier {
            return .alreadyDelivered(identifier: params.identifier ?? "", requestID: error.requestID)
        }
    }

    /// `POST /v1/billing/meter_event_adjustments`: cancels the event with `params.identifier`.
    package func createMeterEventAdjustment(
        _ params: MeterEventAdjustmentParams, idempotencyKey: String? = nil
    ) async throws -> StripeMeterEventAdjustment {
        try await post("/v1/billing/meter_event_adjustments", form: params, idempotencyKey: idempotencyKey)
    }

    /// One page of `GET /v1/billing/meters/{id}/event_summaries` (newest window first).
    ///
    /// - Parameters:
    ///   - limit: 1 to 100 rows.
    ///   - startingAfter: the id of the last row of the previous page.
    package func meterEventSummaryPage(
        meter: String, _ params: MeterEventSummaryParams, limit: Int = 100, startingAfter: String? = nil
    ) async throws -> StripeList<StripeMeterEventSummary> {
        var query = params.stripeForm
        query.append("limit", .integer(limit))
        query.append("starting_after", ifPresent: startingAfter.map { .string($0) })
        return try await get(StripePath.make("/v1/billing/meters", meter, "event_summaries"), query: query)
    }

    /// Every summary row for `params`, following `has_more` 100 rows at a time.
    package func listAllMeterEventSummaries(meter: String, _ params: MeterEventSummaryParams) async throws
        -> [StripeMeterEventSummary]
    {
        try await listAll(
            StripePath.make("/v1/billing/meters", meter, "event_summaries"), query: params.stripeForm)
    }

    /// `POST /v2/billing/meter_event_session`: a token for the stream, valid for 15 minutes.
    package func createMeterEventSession() async throws -> StripeMeterEventSession {
        let path = "/v2/billing/meter_event_session"
        let destination = StripeV2Destination(transport: transport, baseURL: configuration.baseURL)
        let response = try await sendV2(
            method: "POST", path: path, body: try V2JSON.encode(V2EmptyBody()), credential: .apiKey,
            to: destination)
        return try decodeV2(
            StripeMeterEventSession.self, from: response, path: path, baseURL: destination.baseURL)
    }

    /// `POST /v2/billing/meter_events`: one event, validated synchronously. A duplicate identifier
    /// comes back as `.alreadyDelivered`, as in v1.
    package func createMeterEventV2(_ params: MeterEventCreateParams) async throws -> MeterEventDelivery {
        let path = "/v2/billing/meter_events"
        let destination = StripeV2Destination(transport: transport, baseURL: configuration.baseURL)
        do {
            let response = try await sendV2(
                method: "POST", path: path, body: try V2JSON.encode(params.v2Body), credential: .apiKey,
                to: destination)
            return .created(
                try decodeV2(StripeMeterEvent.self, from: response, path: path, baseURL: destination.baseURL),
                requestID: response.headers["request-id"])
        } catch let error as StripeError where error.isDuplicateMeterEventIdentifier {
            return .alreadyDelivered(identifier: params.identifier ?? "", requestID: error.requestID)
        }
    }

    /// `POST /v2/billing/meter_event_adjustments`: cancels one event by identifier.
    package func createMeterEventAdjustmentV2(_ params: MeterEventAdjustmentParams) async throws
        -> StripeMeterEventAdjustment
    {
        let path = "/v2/billing/meter_event_adjustments"
        let destination = StripeV2Destination(transport: transport, baseURL: configuration.baseURL)
        let response = try await sendV2(
            method: "POST", path: path, body: try V2JSON.encode(params.v2Body), credential: .apiKey,
            to: destination)
        return try decodeV2(
            StripeMeterEventAdjustment.self, from: response, path: path, baseURL: destination.baseURL)
    }
}

extension StripeError {
    /// Stripe's synchronous 400 for a reused meter event identifier ("An event already exists
    /// with identifier …"), which a sender with deterministic identifiers counts as delivered.
    package var isDuplicateMeterEventIdentifier: Bool {
        guard status == 400, let message else { return false }
        return message.lowercased().hasPrefix("an event already exists with identifier")
    }

    /// The stream's 401 for an expired session token: get a new session and send again.
    package var isMeterEventSessionExpired: Bool {
        status == 401
            && (code == "billing_meter_event_session_expired"
                || error?.type?.rawValue == "temporary_session_expired")
    }
}
