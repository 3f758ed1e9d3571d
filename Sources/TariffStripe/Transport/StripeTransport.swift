/// One HTTP request to Stripe's v1 API, as it goes over the wire.
///
/// This is the seam between the Stripe client and whatever answers it: the real API over
/// async-http-client, the built-in emulator over loopback HTTP, or the emulator in-process.
/// Bodies are already form-encoded; the transport does no encoding of its own.
package struct StripeHTTPRequest: Sendable, Hashable {
    /// `GET`, `POST` or `DELETE`.
    package var method: String
    /// The path, starting with `/v1/`, with path segments already percent-encoded.
    package var path: String
    /// The form-encoded query string without the leading `?` (empty when there is none).
    package var query: String
    /// Header names in lowercase (`authorization`, `stripe-version`, `idempotency-key`, …).
    package var headers: [String: String]
    /// The form-encoded body (`application/x-www-form-urlencoded`), empty for GET and DELETE.
    package var body: [UInt8]

    package init(
        method: String, path: String, query: String = "", headers: [String: String] = [:],
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}

/// One HTTP response from Stripe (or the emulator): status, headers and the JSON body.
package struct StripeHTTPResponse: Sendable, Hashable {
    package var status: Int
    /// Header names in lowercase (`request-id`, `stripe-should-retry`, …).
    package var headers: [String: String]
    package var body: [UInt8]

    package init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Sends one request and returns its response.
///
/// A transport throws only when no response arrived (connection refused or dropped, timeout);
/// every HTTP status, including 4xx and 5xx, is a response. Retries, error decoding and
/// redaction live in the client above it, so every transport gets them for free.
package protocol StripeTransport: Sendable {
    func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse
}

/// Why a transport got no response.
package enum StripeTransportError: Error, Sendable, Hashable {
    /// The connection could not be made or was closed before a full response arrived.
    case connectionFailed(String)
    /// No response within the request timeout.
    case timedOut
}

extension StripeHTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `POST /v1/prices?…` with its headers, the `Authorization` value replaced, so logging or
    /// dumping a request can never reveal the API key.
    package var description: String {
        let shownHeaders = redactedHeaders.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return
            "\(method) \(path)\(query.isEmpty ? "" : "?" + query) [\(shownHeaders.joined(separator: ", "))] "
            + "\(body.count) body bytes"
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method, "path": path, "query": query, "headers": redactedHeaders,
                "bodyBytes": body.count,
            ])
    }

    /// The headers with `authorization` masked.
    private var redactedHeaders: [String: String] {
        var headers = self.headers
        if headers["authorization"] != nil { headers["authorization"] = "<redacted>" }
        return headers
    }
}
