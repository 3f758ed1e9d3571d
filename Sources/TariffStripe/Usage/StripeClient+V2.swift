import Foundation
import Logging

/// Who a v2 request authenticates as: the API key, or a meter event session's token (the stream).
enum StripeV2Credential: Sendable {
    case apiKey
    case session(StripeSecret)
}

/// Where a v2 request goes: the client's own transport, or the meter-events host's.
struct StripeV2Destination: Sendable {
    var transport: any StripeTransport
    /// For messages only (the transport does the sending).
    var baseURL: String
}

extension StripeClient {
    /// Sends one v2 request (`application/json`) with the same retry rules as v1: 409, 429, 5xx
    /// and lost connections are retried with one idempotency key; other 4xx are not.
    ///
    /// Errors and log lines never contain the API key or the session token: both are redacted
    /// from every text that came from the server or the transport.
    func sendV2(
        method: String, path: String, body: [UInt8], credential: StripeV2Credential,
        to destination: StripeV2Destination
    ) async throws -> StripeHTTPResponse {
        let request = makeV2Request(method: method, path: path, body: body, credential: credential)
        let token: StripeSecret? =
            switch credential {
            case .apiKey: nil
            case .session(let token): token
            }
        let policy = configuration.retryPolicy
        var attempt = 0
        while true {
            attempt += 1
            counter.record(method: method, isRetry: attempt > 1)
            let outcome: Result<StripeHTTPResponse, StripeTransportError>
            do {
                outcome = .success(try await sendV2Once(request, via: destination.transport))
            } catch let error as StripeTransportError {
                outcome = .failure(error)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                outcome = .failure(.connectionFailed(String(describing: error)))
            }
            logV2(request, outcome: outcome, attempt: attempt, token: token)
            let retryable: Bool
            switch outcome {
            case .success(let response) where (200..<300).contains(response.status):
                return response
            case .success(let response):
                retryable = StripeRetryPolicy.shouldRetry(response)
            case .failure:
                retryable = true
            }
            guard retryable, attempt <= policy.maxRetries else {
                throw makeV2Error(
                    outcome, method: method, path: path, baseURL: destination.baseURL, attempts: attempt,
                    token: token)
            }
            try await policy.sleep(policy.delay(beforeRetry: attempt))
        }
    }

    /// Decodes a v2 success body, or reports it as unreadable (redacted like every other text).
    func decodeV2<T: Decodable>(
        _ type: T.Type, from response: StripeHTTPResponse, path: String, baseURL: String
    )
        throws -> T
    {
        do {
            return try JSONDecoder().decode(T.self, from: Data(response.body))
        } catch {
            let reason = StripeRedaction.redact("expected \(T.self): \(error)", key: configuration.apiKey)
            throw StripeError(
                kind: .invalidResponse(reason), method: "POST", path: path, baseURL: baseURL,
                status: response.status, requestID: response.headers["request-id"])
        }
    }

    private func makeV2Request(method: String, path: String, body: [UInt8], credential: StripeV2Credential)
        -> StripeHTTPRequest
    {
        let bearer =
            switch credential {
            case .apiKey: configuration.apiKey.revealed
            case .session(let token): token.revealed
            }
        var headers = [
            "authorization": "Bearer \(bearer)",
            "user-agent": "Tariff",
            "accept": "application/json",
            "idempotency-key": "tariff-\(UUID().uuidString.lowercased())",
        ]
        headers["stripe-version"] = configuration.apiVersion
        if method == "POST" { headers["content-type"] = "application/json" }
        return StripeHTTPRequest(method: method, path: path, headers: headers, body: body)
    }

    /// One attempt, bounded by the request timeout even when the transport ignores it.
    private func sendV2Once(_ request: StripeHTTPRequest, via transport: any StripeTransport) async throws
        -> StripeHTTPResponse
    {
        let timeout = configuration.requestTimeout
        return try await withThrowingTaskGroup(of: StripeHTTPResponse?.self) { group in
            group.addTask { try await transport.send(request, timeout: timeout) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let response = first else {
                throw StripeTransportError.timedOut
            }
            return response
        }
    }

    /// `text` with the API key, key-shaped strings and the session token removed.
    func redactV2(_ text: String, token: StripeSecret?) -> String {
        var result = StripeRedaction.redact(text, key: configuration.apiKey)
        if let token, !token.revealed.isEmpty {
            result = result.replacingOccurrences(of: token.revealed, with: "<redacted session token>")
        }
        return result
    }

    private func makeV2Error(
        _ outcome: Result<StripeHTTPResponse, StripeTransportError>, method: String, path: String,
        baseURL: String, attempts: Int, token: StripeSecret?
    ) -> StripeError {
        switch outcome {
        case .failure(.timedOut):
            return StripeError(
                kind: .timedOut, method: method, path: path, baseURL: baseURL, attempts: attempts)
        case .failure(.connectionFailed(let reason)):
            return StripeError(
                kind: .connectionFailed(redactV2(reason, token: token)), method: method, path: path,
                baseURL: baseURL, attempts: attempts)
        case .success(let response):
            let decoded = try? JSONDecoder().decode(
                StripeErrorObject.Envelope.self, from: Data(response.body))
            let object = decoded.map { envelope in
                StripeErrorObject(
                    type: envelope.error.type, code: envelope.error.code, param: envelope.error.param,
                    message: envelope.error.message.map { redactV2($0, token: token) },
                    docURL: envelope.error.docURL)
            }
            return StripeError(
                kind: Self.kind(status: response.status, error: object, method: method, path: path),
                method: method, path: path, baseURL: baseURL, status: response.status,
                requestID: response.headers["request-id"], error: object, attempts: attempts)
        }
    }

    private func logV2(
        _ request: StripeHTTPRequest, outcome: Result<StripeHTTPResponse, StripeTransportError>, attempt: Int,
        token: StripeSecret?
    ) {
        var metadata: Logger.Metadata = [
            "method": "\(request.method)", "path": "\(request.path)", "attempt": "\(attempt)",
        ]
        switch outcome {
        case .success(let response):
            metadata["status"] = "\(response.status)"
            if let id = response.headers["request-id"] { metadata["request_id"] = "\(id)" }
        case .failure(let error):
            metadata["error"] = "\(redactV2(String(describing: error), token: token))"
        }
        configuration.logger.debug("Stripe request", metadata: metadata)
    }
}
