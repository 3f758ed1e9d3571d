import Foundation

extension StripeClient {
    /// Decodes a successful response, or reports it as unreadable.
    func decode<T: Decodable>(_ type: T.Type, from response: StripeHTTPResponse, method: String, path: String)
        throws -> T
    {
        do {
            return try JSONDecoder().decode(T.self, from: Data(response.body))
        } catch {
            let reason = StripeRedaction.redact("expected \(T.self): \(error)", key: configuration.apiKey)
            throw StripeError(
                kind: .invalidResponse(reason), method: method, path: path, baseURL: configuration.baseURL,
                status: response.status, requestID: response.headers["request-id"])
        }
    }

    /// The error for the last outcome of a request that is not going to be retried.
    func makeError(
        _ outcome: Result<StripeHTTPResponse, StripeTransportError>, method: String, path: String,
        attempts: Int
    ) -> StripeError {
        let base = configuration.baseURL
        switch outcome {
        case .failure(.timedOut):
            return StripeError(kind: .timedOut, method: method, path: path, baseURL: base, attempts: attempts)
        case .failure(.connectionFailed(let reason)):
            let safe = StripeRedaction.redact(reason, key: configuration.apiKey)
            return StripeError(
                kind: .connectionFailed(safe), method: method, path: path, baseURL: base, attempts: attempts)
        case .success(let response):
            let object = errorObject(in: response)
            return StripeError(
                kind: Self.kind(status: response.status, error: object, method: method, path: path),
                method: method, path: path, baseURL: base, status: response.status,
                requestID: response.headers["request-id"], error: object, attempts: attempts)
        }
    }

    /// Reads Stripe's `{"error": …}` body, redacting its message; nil when the body is not one.
    private func errorObject(in response: StripeHTTPResponse) -> StripeErrorObject? {
        guard
            let envelope = try? JSONDecoder().decode(
                StripeErrorObject.Envelope.self, from: Data(response.body))
        else {
            return nil
        }
        let error = envelope.error
        return StripeErrorObject(
            type: error.type, code: error.code, param: error.param,
            message: error.message.map { StripeRedaction.redact($0, key: configuration.apiKey) },
            docURL: error.docURL)
    }

    /// Classifies a failed response the way Stripe's SDKs do: by status, then type and code.
    static func kind(status: Int, error: StripeErrorObject?, method: String, path: String) -> StripeError.Kind
    {
        if error?.type?.known == .idempotencyError || error?.code == "idempotency_key_in_use" {
            return .idempotency
        }
        switch status {
        case 401:
            return .authentication
        case 403:
            let named = error?.message.map(StripePermissions.named(in:))?.first
            return .permissionDenied(named ?? StripePermissions.required(method: method, path: path))
        case 404:
            return .notFound
        case 409:
            return .conflict
        case 429:
            return .rateLimited
        case 500...:
            return .server
        default:
            return error?.code == "rate_limit" ? .rateLimited : .invalidRequest
        }
    }
}
