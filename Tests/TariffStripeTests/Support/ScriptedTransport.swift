import Foundation
import TariffStripe

/// A transport that answers from a script and records every request it was sent.
final class ScriptedTransport: StripeTransport, @unchecked Sendable {
    /// What one request gets.
    enum Step: Sendable {
        case respond(StripeHTTPResponse)
        case fail(StripeTransportError)
        /// Never answers (until cancelled), to exercise the client's timeout.
        case hang
    }

    // The lock guards `steps` and `recorded`.
    private let lock = NSLock()
    private var steps: [Step]
    private var recorded: [StripeHTTPRequest] = []
    /// Answer used once the script runs out.
    private let fallback: Step?

    /// Answers by request instead of by order, for calls the client makes concurrently.
    private let router: (@Sendable (StripeHTTPRequest) -> Step)?

    init(_ steps: [Step], fallback: Step? = nil) {
        self.steps = steps
        self.fallback = fallback
        self.router = nil
    }

    init(router: @escaping @Sendable (StripeHTTPRequest) -> Step) {
        self.steps = []
        self.fallback = nil
        self.router = router
    }

    var requests: [StripeHTTPRequest] {
        lock.withLock { recorded }
    }

    func send(_ request: StripeHTTPRequest, timeout: Duration) async throws -> StripeHTTPResponse {
        let step: Step? = lock.withLock {
            recorded.append(request)
            if let router { return router(request) }
            return steps.isEmpty ? fallback : steps.removeFirst()
        }
        switch step {
        case .respond(let response):
            return response
        case .fail(let error):
            throw error
        case .hang:
            try await Task.sleep(for: .seconds(3600))
            throw StripeTransportError.timedOut
        case nil:
            throw StripeTransportError.connectionFailed("script exhausted")
        }
    }
}

extension ScriptedTransport.Step {
    /// A JSON answer with the given status and headers (a request id by default).
    static func json(
        _ status: Int, _ body: String, headers: [String: String] = ["request-id": "req_test"]
    ) -> ScriptedTransport.Step {
        .respond(StripeHTTPResponse(status: status, headers: headers, body: Array(body.utf8)))
    }

    /// Stripe's error body.
    static func stripeError(
        _ status: Int, type: String, code: String? = nil, param: String? = nil, message: String = "boom",
        headers: [String: String] = ["request-id": "req_err"]
    ) -> ScriptedTransport.Step {
        var fields = ["\"type\": \"\(type)\"", "\"message\": \"\(message)\""]
        if let code { fields.append("\"code\": \"\(code)\"") }
        if let param { fields.append("\"param\": \"\(param)\"") }
        return .json(status, "{\"error\": {\(fields.joined(separator: ", "))}}", headers: headers)
    }
}
