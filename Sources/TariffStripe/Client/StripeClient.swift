import Foundation
import Logging

/// The one way Tariff talks to Stripe (or to its emulator).
///
/// Builds each request (form encoding, `Authorization: Bearer`, `Stripe-Version`, an
/// `Idempotency-Key` on every POST), sends it through a `StripeTransport`, retries what
/// `StripeRetryPolicy` says is retryable with the same idempotency key, and turns failures into
/// `StripeError`s that never contain the key. Copies share one request counter.
package struct StripeClient: Sendable, CustomStringConvertible, CustomReflectable {
    package let configuration: StripeClientConfiguration
    package let transport: any StripeTransport
    let counter = StripeRequestCounter()

    package init(configuration: StripeClientConfiguration, transport: any StripeTransport) {
        self.configuration = configuration
        self.transport = transport
    }

    /// Requests sent so far by this client and its copies, retries included.
    package var requestCounts: StripeRequestCounts { counter.snapshot }

    /// Starts counting from zero again (benchmarks count one phase at a time).
    package func resetRequestCounts() {
        counter.reset()
    }

    package var description: String {
        "StripeClient(\(configuration), transport: \(type(of: transport)), \(requestCounts))"
    }

    /// Shows the (redacted) configuration and counts, never the transport's insides, which a test
    /// transport may fill with recorded requests.
    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "configuration": configuration, "transport": "\(type(of: transport))",
                "requestCounts": requestCounts,
            ])
    }

    // MARK: Generic requests

    /// `GET path?query`, decoded as `T`.
    package func get<T: Decodable & Sendable>(
        _ path: String, query: StripeForm = StripeForm(), as type: T.Type = T.self
    ) async throws -> T {
        let response = try await send(
            method: "GET", path: path, query: query.encoded, body: "", idempotencyKey: nil)
        return try decode(T.self, from: response, method: "GET", path: path)
    }

    /// `POST path` with a form body, decoded as `T`. `idempotencyKey` should be derived from the
    /// plan so a re-run replays instead of duplicating; when nil a random key is made, which still
    /// keeps this call's own retries safe.
    package func post<T: Decodable & Sendable>(
        _ path: String, form: some StripeFormEncodable = StripeForm(), idempotencyKey: String? = nil,
        as type: T.Type = T.self
    ) async throws -> T {
        let key = idempotencyKey ?? "tariff-\(UUID().uuidString.lowercased())"
        let body = form.stripeForm.encoded
        let response = try await send(method: "POST", path: path, query: "", body: body, idempotencyKey: key)
        return try decode(T.self, from: response, method: "POST", path: path)
    }

    /// `DELETE path?query`, decoded as `T` (usually `StripeDeletedObject`).
    package func delete<T: Decodable & Sendable>(
        _ path: String, query: StripeForm = StripeForm(), as type: T.Type = T.self
    ) async throws -> T {
        let response = try await send(
            method: "DELETE", path: path, query: query.encoded, body: "", idempotencyKey: nil)
        return try decode(T.self, from: response, method: "DELETE", path: path)
    }

    /// Every object of a list endpoint: pages of `limit=100`, each next one `starting_after` the
    /// last id of the previous, while `has_more`. `query` must not hold `limit` or cursors.
    package func listAll<T: StripeIdentifiable>(
        _ path: String, query: StripeForm = StripeForm(), as type: T.Type = T.self
    ) async throws -> [T] {
        var all: [T] = []
        var cursor: String?
        while true {
            var pageQuery = query
            pageQuery.append("limit", .integer(100))
            pageQuery.append("starting_after", ifPresent: cursor.map { .string($0) })
            let page = try await get(path, query: pageQuery, as: StripeList<T>.self)
            all.append(contentsOf: page.data)
            guard page.hasMore, let last = page.data.last else { return all }
            cursor = last.id
        }
    }

    // MARK: Sending

    /// Sends one logical request, retrying per the policy with identical headers and body.
    func send(
        method: String, path: String, query: String, body: String, idempotencyKey: String?
    ) async throws -> StripeHTTPResponse {
        let request = makeRequest(
            method: method, path: path, query: query, body: body, idempotencyKey: idempotencyKey)
        let policy = configuration.retryPolicy
        var attempt = 0
        while true {
            attempt += 1
            counter.record(method: method, isRetry: attempt > 1)
            let outcome: Result<StripeHTTPResponse, StripeTransportError>
            do {
                outcome = .success(try await sendOnce(request))
            } catch let error as StripeTransportError {
                outcome = .failure(error)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                outcome = .failure(.connectionFailed(String(describing: error)))
            }
            log(request, outcome: outcome, attempt: attempt)
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
                throw makeError(outcome, method: method, path: path, attempts: attempt)
            }
            let delay = policy.delay(beforeRetry: attempt)
            configuration.logger.debug(
                "Retrying Stripe request",
                metadata: [
                    "method": "\(method)", "path": "\(path)", "attempt": "\(attempt + 1)",
                    "delay": "\(delay)",
                ])
            try await policy.sleep(delay)
        }
    }

    private func makeRequest(
        method: String, path: String, query: String, body: String, idempotencyKey: String?
    ) -> StripeHTTPRequest {
        var headers = [
            "stripe-version": configuration.apiVersion,
            "authorization": "Bearer \(configuration.apiKey.revealed)",
            "user-agent": "Tariff",
            "accept": "application/json",
        ]
        if let idempotencyKey { headers["idempotency-key"] = idempotencyKey }
        if method == "POST" { headers["content-type"] = "application/x-www-form-urlencoded" }
        return StripeHTTPRequest(
            method: method, path: path, query: query, headers: headers, body: Array(body.utf8))
    }

    /// One attempt, bounded by the request timeout even when the transport ignores it.
    private func sendOnce(_ request: StripeHTTPRequest) async throws -> StripeHTTPResponse {
        let timeout = configuration.requestTimeout
        let transport = self.transport
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

    private func log(
        _ request: StripeHTTPRequest, outcome: Result<StripeHTTPResponse, StripeTransportError>, attempt: Int
    ) {
        var metadata: Logger.Metadata = [
            "method": "\(request.method)", "path": "\(request.path)", "attempt": "\(attempt)",
        ]
        switch outcome {
        case .success(let response):
            metadata["status"] = "\(response.status)"
            if let id = response.headers["request-id"] { metadata["request_id"] = "\(id)" }
        case .failure(let error):
            metadata["error"] =
                "\(StripeRedaction.redact(String(describing: error), key: configuration.apiKey))"
        }
        configuration.logger.debug("Stripe request", metadata: metadata)
    }
}
