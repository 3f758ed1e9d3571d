import TariffStripe
import Foundation

/// A stored answer to an idempotent POST.
struct IdempotentResult: Sendable {
    var fingerprint: String
    var response: StripeHTTPResponse
}

extension StripeEmulator {
    /// Reads the API key from `Bearer <key>` or Basic auth with the key as user name.
    ///
    /// Stripe answers a missing or malformed key with 401 and an `invalid_request_error` (the
    /// only error types Stripe sends are `api_error`, `card_error`, `idempotency_error` and
    /// `invalid_request_error`; SDKs tell authentication failures apart by the 401 status). The
    /// message never repeats the key.
    static func apiKey(_ header: String?) throws(StripeAPIError) -> String {
        guard let header, !header.isEmpty else {
            throw StripeAPIError(
                status: 401, code: nil, param: nil,
                message:
                    "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
            )
        }
        var key = ""
        if header.hasPrefix("Bearer ") {
            key = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        } else if header.hasPrefix("Basic "),
            let data = Data(base64Encoded: String(header.dropFirst(6))),
            let decoded = String(data: data, encoding: .utf8)
        {
            key = String(
                decoded.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        }
        let prefixes = ["sk_test_", "rk_test_", "sk_live_", "rk_live_"]
        guard let prefix = prefixes.first(where: key.hasPrefix), key.count > prefix.count,
            key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else {
            throw StripeAPIError(
                status: 401, code: nil, param: nil,
                message:
                    "Invalid API Key provided. Check the key in your configuration (it is not repeated here)."
            )
        }
        return key
    }

    /// Refuses a `Stripe-Version` other than the one the emulator implements.
    ///
    /// Stripe accepts any released version; the emulator knows the rules and shapes of only
    /// `apiVersion`, so it refuses the others rather than answer in the wrong version's shape.
    static func checkVersion(_ version: String?) throws(StripeAPIError) {
        guard let version, version != apiVersion else { return }
        throw StripeAPIError(
            status: 400, code: nil, param: nil,
            message:
                "Invalid Stripe API version: \(version). The Tariff emulator implements only \(apiVersion); send that version or none."
        )
    }

    /// Refuses `GET /v1/account` to every restricted key, whatever it was granted.
    ///
    /// Stripe grants no restricted-key permission that lets a restricted key read its own account:
    /// users report a 403 naming a KYC permission with every read permission granted
    /// (stripe/stripe-node#2246), so a client must not depend on this call with an `rk_` key.
    func refuseAccountToRestrictedKey(key: String, method: String, segments: [String]) throws(StripeAPIError)
    {
        guard key.hasPrefix("rk_"), method == "GET", segments == ["account"] else { return }
        throw StripeAPIError(
            status: 403, code: nil, param: nil,
            message:
                "The provided key does not have the required permissions for this endpoint on account '\(test.accountID)'. Having the 'rak_accounts_kyc_basic_read' permission would allow this request to continue."
        )
    }

    /// Applies the 429 (`rate_limit`, `lock_timeout`) and 5xx faults to the current request number.
    func injectFaults() throws(StripeAPIError) {
        let faults = self.faults
        if let every = faults.rateLimitEvery, requestCount % every == 0 {
            throw StripeAPIError(
                status: 429, code: "rate_limit", param: nil,
                message:
                    "Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits."
            )
        }
        if let every = faults.lockTimeoutEvery, requestCount % every == 0 {
            var error = StripeAPIError(
                status: 429, code: "lock_timeout", param: nil,
                message:
                    "This object cannot be accessed right now because another API request or Stripe process is currently accessing it. Please retry your request."
            )
            // stripe-python retries a 429 only on this header, and Stripe sends it for lock timeouts.
            error.shouldRetry = true
            throw error
        }
        var fail = faults.serverErrorEvery.map { requestCount % $0 == 0 } ?? false
        if let rate = faults.serverErrorRate, Double(random.next() >> 11) / Double(UInt64(1) << 53) < rate {
            fail = true
        }
        if fail {
            throw StripeAPIError(
                status: 500, type: "api_error", code: nil, param: nil,
                message: "An unknown error occurred (injected by the Tariff emulator).")
        }
    }

    /// Refuses a restricted key that lacks the route's permission, naming it as Stripe does.
    ///
    /// Stripe's pages do not say whether Write includes Read; the Dashboard grants both when
    /// Write is chosen, so the emulator lets a `_write` permission satisfy the matching `_read`.
    func checkPermission(key: String, method: String, segments: [String]) throws(StripeAPIError) {
        guard key.hasPrefix("rk_"), let granted = configuration.restrictedKeyPermissions[key],
            let needed = EmulatorState.permission(method: method, segments: segments)
        else { return }
        let write = needed.hasSuffix("_read") ? String(needed.dropLast(5)) + "_write" : needed
        guard !granted.contains(needed), !granted.contains(write) else { return }
        throw StripeAPIError(
            status: 403, code: "permission_error", param: nil,
            message:
                "The provided key does not have the required permissions for this endpoint on account '\(test.accountID)'. Having the 'rak_\(needed)' permission would allow this request to continue."
        )
    }

    /// The stored answer for a repeated idempotency key, or `nil` for a first use.
    func replay(apiKey: String, idempotencyKey: String, fingerprint: String) throws(StripeAPIError)
        -> StripeHTTPResponse?
    {
        guard let stored = idempotency[Self.scope(apiKey, idempotencyKey)] else { return nil }
        guard stored.fingerprint == fingerprint else {
            throw StripeAPIError(
                status: 400, type: "idempotency_error", code: nil, param: nil,
                message:
                    "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '\(idempotencyKey)' if you meant to execute a different request."
            )
        }
        var response = stored.response
        response.headers["idempotent-replayed"] = "true"
        return response
    }

    /// The idempotency scope of a POST with a well-formed key, used to answer 409 while a
    /// request with the same key is still in progress (only possible with injected latency).
    static func inFlightScope(_ request: StripeHTTPRequest) -> String? {
        guard request.method == "POST", let idempotencyKey = request.headers["idempotency-key"],
            let apiKey = try? apiKey(request.headers["authorization"])
        else { return nil }
        return scope(apiKey, idempotencyKey)
    }

    /// Idempotency keys are scoped per API key, as on Stripe.
    static func scope(_ apiKey: String, _ idempotencyKey: String) -> String {
        "\(apiKey)\u{0}\(idempotencyKey)"
    }

    /// Method, path and the decoded parameters sorted by name, so reordering is not a change.
    static func fingerprint(method: String, path: String, form: String) -> String {
        let pairs = FormNode.pairs(form).enumerated().sorted {
            ($0.element.key, $0.offset) < ($1.element.key, $1.offset)
        }
        return ([method, path] + pairs.map { "\($0.element.key)=\($0.element.value)" }).joined(
            separator: "\n")
    }
}
