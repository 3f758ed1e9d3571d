/// An error answer in Stripe's shape: an HTTP status and the `{"error": {…}}` object.
///
/// Handlers throw these; the emulator turns them into responses. Messages never contain the
/// API key, even where Stripe would echo a redacted form of it.
package struct StripeAPIError: Error, Sendable {
    package var status: Int
    package var type: String
    package var code: String?
    package var param: String?
    package var message: String
    /// Sent as `Stripe-Should-Retry` when set; Stripe uses it to tell SDKs to retry lock timeouts.
    package var shouldRetry: Bool?

    package init(
        status: Int, type: String = "invalid_request_error", code: String?, param: String?, message: String
    ) {
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.message = message
    }

    /// The JSON body Stripe sends with an error.
    package func json(requestID: String) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        if let code { fields.append(("code", .string(code))) }
        fields.append(("message", .string(message)))
        if let param { fields.append(("param", .string(param))) }
        fields.append(("request_log_url", .string("https://dashboard.stripe.com/test/logs/\(requestID)")))
        fields.append(("type", .string(type)))
        return .object([("error", .object(fields))])
    }
}

extension StripeAPIError {
    /// Whether the request failed parameter validation before its endpoint began executing: an
    /// unknown, missing, malformed or conflicting parameter. Stripe saves no idempotent result
    /// for these, so a retry with the same key runs again.
    package var isValidationFailure: Bool {
        guard let code else { return false }
        return code == "parameter_unknown" || code == "parameter_missing"
            || code.hasPrefix("parameter_invalid")
            || code == "parameters_exclusive"
    }

    /// 400 for a parameter the endpoint does not take (also how Stripe rejects immutable fields).
    package static func unknownParameter(_ param: String) -> StripeAPIError {
        StripeAPIError(
            status: 400, code: "parameter_unknown", param: param,
            message: "Received unknown parameter: \(param)")
    }

    /// 400 for a required parameter that was not sent.
    package static func missing(_ param: String) -> StripeAPIError {
        StripeAPIError(
            status: 400, code: "parameter_missing", param: param,
            message: "Missing required param: \(param).")
    }

    /// 400 for a value of the wrong shape or outside an enumeration.
    package static func invalid(_ param: String, code: String = "parameter_invalid_string", _ message: String)
        -> StripeAPIError
    {
        StripeAPIError(status: 400, code: code, param: param, message: message)
    }

    /// 400 without an error code, for Stripe's rule violations that carry only a message.
    package static func rule(_ param: String?, _ message: String) -> StripeAPIError {
        StripeAPIError(status: 400, code: nil, param: param, message: message)
    }

    /// 404 for an object named in the path that does not exist; 400 when named in the body.
    package static func noSuch(_ kind: String, _ id: String, param: String, inPath: Bool) -> StripeAPIError {
        StripeAPIError(
            status: inPath ? 404 : 400, code: "resource_missing", param: param,
            message: "No such \(kind): '\(id)'")
    }

    /// 400 when two parameters that exclude each other were both sent.
    package static func exclusive(_ first: String, _ second: String) -> StripeAPIError {
        StripeAPIError(
            status: 400, code: "parameters_exclusive", param: second,
            message: "You may only specify one of these parameters: \(first), \(second).")
    }
}
