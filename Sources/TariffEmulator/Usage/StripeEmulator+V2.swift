import Foundation
import TariffStripe

extension StripeEmulator {
    /// Answers `POST /v2/billing/…` (JSON bodies): the meter event session, single meter events,
    /// adjustments, and the stream, which authenticates with a session token instead of a key.
    ///
    /// The same pipeline as v1 in the same order: injected latency, authentication, injected
    /// 429/5xx, restricted-key permission (not for the stream, whose token carries none),
    /// idempotency, the handler on a copy of the state, then the dropped-connection fault.
    nonisolated func processV2(_ request: StripeHTTPRequest) async -> Outcome {
        if configuration.faults.latency > .zero {
            try? await Task.sleep(for: configuration.faults.latency)
        }
        return await decideV2(request)
    }

    private func decideV2(_ request: StripeHTTPRequest) -> Outcome {
        let requestID = "req_" + random.token(length: 14)
        let segments = Self.segments(request.path)
        stats.record(method: request.method, segments: Array(segments.dropFirst()), version: "v2")
        let outcome = answerV2(request, segments: segments, requestID: requestID)
        switch outcome {
        case .respond(let response), .drop(let response): stats.record(status: response.status)
        }
        return outcome
    }

    private func answerV2(_ request: StripeHTTPRequest, segments: [String], requestID: String) -> Outcome {
        let version = request.headers["stripe-version"]
        do throws(StripeAPIError) {
            guard request.method == "POST", segments.count == 3, segments[1] == "billing" else {
                throw StripeAPIError(
                    status: 404, code: nil, param: nil,
                    message: "Unrecognized request URL (\(request.method): \(request.path)).")
            }
            let route = segments[2]
            let now = usage.clock.now()
            let credential: String
            let livemode: Bool
            if route == "meter_event_stream" {
                credential = try Self.bearer(request.headers["authorization"])
                livemode = try sessionMode(token: credential, now: now)
                requestCount += 1
                try injectFaults()
            } else {
                credential = try Self.apiKey(request.headers["authorization"])
                livemode = credential.hasPrefix("sk_live_") || credential.hasPrefix("rk_live_")
                requestCount += 1
                try injectFaults()
                try checkPermission(key: credential, method: "POST", segments: ["billing", route])
            }
            let fingerprint = "POST\n\(request.path)\n" + String(decoding: request.body, as: UTF8.self)
            let idempotencyKey = request.headers["idempotency-key"]
            if let idempotencyKey,
                let stored = try replay(
                    apiKey: credential, idempotencyKey: idempotencyKey, fingerprint: fingerprint)
            {
                return .respond(stored)
            }
            let body = try V2JSONBody.parse(request.body)
            var state = livemode ? live : test
            let answer =
                route == "meter_event_stream"
                ? try state.streamMeterEvents(body, now: now)
                : try state.dispatchV2(route: route, body: body, now: now)
            if livemode { live = state } else { test = state }
            var response = Self.response(200, answer, requestID: requestID, stripeVersion: version)
            if let idempotencyKey {
                response.headers["idempotency-key"] = idempotencyKey
                idempotency[Self.scope(credential, idempotencyKey)] = IdempotentResult(
                    fingerprint: fingerprint, response: response)
            }
            writeCount += 1
            if let every = faults.dropAfterCommitEvery, writeCount % every == 0 {
                return .drop(committed: response)
            }
            return .respond(response)
        } catch {
            var response = Self.response(
                error.status, error.json(requestID: requestID), requestID: requestID, stripeVersion: version)
            if let retry = error.shouldRetry {
                response.headers["stripe-should-retry"] = retry ? "true" : "false"
            }
            return .respond(response)
        }
    }

    /// The token of `Authorization: Bearer <token>`; 401 when there is none.
    private static func bearer(_ header: String?) throws(StripeAPIError) -> String {
        guard let header, header.hasPrefix("Bearer "), header.count > 7 else {
            throw StripeAPIError(
                status: 401, type: "authentication_error", code: nil, param: nil,
                message:
                    "The meter event stream needs a meter event session's authentication_token in the Authorization header (Bearer)."
            )
        }
        return String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }

    /// The mode of the session holding `token`; 401 when it is unknown or expired.
    private func sessionMode(token: String, now: Int) throws(StripeAPIError) -> Bool {
        for (state, livemode) in [(test, false), (live, true)] {
            guard let session = state.meterEvents.session(token: token) else { continue }
            guard session.expiresAt > now else {
                throw StripeAPIError(
                    status: 401, type: "temporary_session_expired",
                    code: "billing_meter_event_session_expired",
                    param: nil,
                    message:
                        "The meter event session has expired. Create a new one with POST /v2/billing/meter_event_session."
                )
            }
            return livemode
        }
        throw StripeAPIError(
            status: 401, type: "authentication_error", code: nil, param: nil,
            message: "The authentication token is not a valid meter event session token.")
    }
}
