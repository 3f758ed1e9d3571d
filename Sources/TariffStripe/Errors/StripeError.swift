/// A failed Stripe call, with a message a user can act on.
///
/// The `description` says what went wrong and what to do about it, names the request
/// (`POST /v1/prices`) and Stripe's request id, and never contains the API key: every text that
/// came from the server is passed through `StripeRedaction` before it is stored here.
package struct StripeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The class of failure; callers branch on this, users read `description`.
    package enum Kind: Sendable, Hashable {
        /// 401: the key is wrong, expired or revoked.
        case authentication
        /// 403: a restricted key lacks a permission (nil when no one knows which).
        case permissionDenied(StripePermission?)
        /// 404 `resource_missing`: the object does not exist (drifted or deleted).
        case notFound
        /// 400 or another 4xx: Stripe refused the parameters (`param` says which).
        case invalidRequest
        /// `idempotency_error`, or 409 `idempotency_key_in_use`.
        case idempotency
        /// 409 that stayed a conflict through every retry.
        case conflict
        /// 429 through every retry (`lock_timeout` or rate limiting).
        case rateLimited
        /// 5xx through every retry.
        case server
        /// No response: connection refused, reset or closed.
        case connectionFailed(String)
        /// No response within the request timeout.
        case timedOut
        /// A 2xx whose body could not be read as the expected object.
        case invalidResponse(String)
    }

    package let kind: Kind
    /// `GET`, `POST` or `DELETE`.
    package let method: String
    /// The request path (no query string).
    package let path: String
    /// Where the request went; shown for connection failures, where a wrong `--api-base` is likely.
    package let baseURL: String
    /// The HTTP status, when a response arrived.
    package let status: Int?
    /// Stripe's `Request-Id`, for support and the Dashboard's request log.
    package let requestID: String?
    /// Stripe's error object (message already redacted).
    package let error: StripeErrorObject?
    /// How many requests were sent, retries included.
    package let attempts: Int

    package init(
        kind: Kind, method: String, path: String, baseURL: String, status: Int? = nil,
        requestID: String? = nil, error: StripeErrorObject? = nil, attempts: Int = 1
    ) {
        self.kind = kind
        self.method = method
        self.path = path
        self.baseURL = baseURL
        self.status = status
        self.requestID = requestID
        self.error = error
        self.attempts = attempts
    }

    /// Stripe's error `code` (`resource_missing`, `lock_timeout`, …).
    package var code: String? { error?.code }
    /// The parameter Stripe blamed, in form spelling (`items[0][price]`).
    package var param: String? { error?.param }
    /// Stripe's message, redacted.
    package var message: String? { error?.message }

    package var description: String {
        var text = summary
        if let requestID { text += " (request \(requestID))" }
        return text
    }

    private var request: String { "\(method) \(path)" }

    private var statusAndCode: String {
        [status.map { "HTTP \($0)" }, error?.type?.rawValue, code].compactMap { $0 }.joined(separator: " ")
    }

    private var stripeSays: String {
        guard let message, !message.isEmpty else { return "" }
        return ": \(message)"
    }

    private var afterAttempts: String {
        attempts > 1 ? " after \(attempts) attempts" : ""
    }

    private var summary: String {
        switch kind {
        case .authentication:
            return "Stripe rejected the API key for \(request) (\(statusAndCode)): the key is wrong, "
                + "expired or revoked. Check which key was configured and that it belongs to this account and mode."
        case .permissionDenied(let permission):
            guard let permission else {
                return
                    "Stripe refused \(request) (\(statusAndCode)): the key is not allowed to make this call\(stripeSays). "
                    + Self.permissionsHint
            }
            return "The restricted API key lacks the '\(permission)' permission needed for \(request) "
                + "(\(statusAndCode)). Grant '\(permission)' to the key in the Stripe Dashboard, or use a key that has it. "
                + Self.permissionsHint
        case .notFound:
            return "Stripe has no such object for \(request) (\(statusAndCode))\(stripeSays)"
        case .invalidRequest:
            let blamed = param.map { ", parameter '\($0)'" } ?? ""
            return "Stripe rejected \(request) (\(statusAndCode)\(blamed))\(stripeSays)"
        case .idempotency:
            if code == "idempotency_key_in_use" {
                return "Another request with the same idempotency key is still running for \(request) "
                    + "(\(statusAndCode))\(afterAttempts); try again shortly\(stripeSays)"
            }
            return "Stripe refused \(request): its idempotency key was already used with different "
                + "parameters (\(statusAndCode))\(stripeSays)"
        case .conflict:
            return
                "Stripe reported a conflicting request for \(request) (\(statusAndCode))\(afterAttempts)\(stripeSays)"
        case .rateLimited:
            return "Stripe rate-limited \(request) (\(statusAndCode))\(afterAttempts); lower the concurrency "
                + "or try again later\(stripeSays)"
        case .server:
            return "Stripe failed on \(request) (\(statusAndCode))\(afterAttempts)\(stripeSays)"
        case .connectionFailed(let reason):
            return "Could not reach Stripe at \(baseURL) for \(request)\(afterAttempts): \(reason). "
                + "Check the network, or --api-base / TARIFF_STRIPE_API_BASE if an emulator was meant."
        case .timedOut:
            return "No response from \(baseURL) for \(request) within the request timeout\(afterAttempts)."
        case .invalidResponse(let reason):
            return "Could not read Stripe's answer to \(request) (\(statusAndCode)): \(reason)"
        }
    }
}

extension StripeError {
    /// Where a 403 sends the reader: the command that lists every permission the config needs.
    static let permissionsHint = "`tariff permissions` lists every permission this config needs."
}
