/// When and how long the client waits before resending a failed request.
///
/// Order of the decision (stripe-api.md §1.9): a `Stripe-Should-Retry` header wins; otherwise 409
/// (a conflicting request or `lock_timeout`), 429, 5xx and "no response" are retried, up to
/// `maxRetries` times, with exponential backoff and jitter. Every retry resends the same request,
/// idempotency key included, so a write that did happen is replayed, never repeated. Sleep and
/// jitter are injectable so tests run in milliseconds and can check the delays.
package struct StripeRetryPolicy: Sendable {
    /// Retries after the first attempt (so at most `maxRetries + 1` requests).
    package var maxRetries: Int
    /// The delay before the first retry; it doubles for each further one.
    package var initialDelay: Duration
    /// The longest delay before jitter.
    package var maxDelay: Duration
    /// Scales a delay at random; the default keeps 50–100 % of it, so parallel clients spread out.
    package var jitter: @Sendable (Duration) -> Duration
    /// Waits; replaced in tests.
    package var sleep: @Sendable (Duration) async throws -> Void

    package init(
        maxRetries: Int = 3,
        initialDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(5),
        jitter: @escaping @Sendable (Duration) -> Duration = StripeRetryPolicy.randomJitter,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.maxRetries = max(0, maxRetries)
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
        self.sleep = sleep
    }

    /// Three retries, 0.5 s doubling to at most 5 s.
    package static var standard: StripeRetryPolicy { StripeRetryPolicy() }

    /// No retries at all.
    package static var none: StripeRetryPolicy { StripeRetryPolicy(maxRetries: 0) }

    /// Keeps a random 50–100 % of the delay.
    package static let randomJitter: @Sendable (Duration) -> Duration = { delay in
        delay * Double.random(in: 0.5...1.0)
    }

    /// The delay before retry number `retry` (1 for the first retry), jitter applied.
    package func delay(beforeRetry retry: Int) -> Duration {
        var delay = initialDelay
        for _ in 1..<max(1, retry) where delay < maxDelay {
            delay *= 2
        }
        return jitter(min(delay, maxDelay))
    }

    /// Whether a response is worth sending again (the attempt budget is checked by the caller).
    package static func shouldRetry(_ response: StripeHTTPResponse) -> Bool {
        if let header = response.headers["stripe-should-retry"]?.lowercased() {
            if header == "true" { return true }
            if header == "false" { return false }
        }
        return response.status == 409 || response.status == 429 || response.status >= 500
    }
}
