import Foundation
import Testing
import TariffStripe

@Suite("Retries and timeouts")
struct StripeRetryTests {
    private let ok = ScriptedTransport.Step.json(
        200, #"{"id": "price_1", "product": "p", "currency": "usd"}"#)

    private func createPrice(_ client: StripeClient) async throws -> StripePrice {
        try await client.createPrice(
            PriceCreateParams(product: "p", currency: "usd", unitAmount: 1), idempotencyKey: "key-1")
    }

    @Test(
        "retryable answers are retried with the same idempotency key and body",
        arguments: [
            ScriptedTransport.Step.stripeError(429, type: "invalid_request_error", code: "lock_timeout"),
            .stripeError(429, type: "rate_limit_error", code: "rate_limit"),
            .stripeError(409, type: "invalid_request_error", code: "idempotency_key_in_use"),
            .stripeError(500, type: "api_error"),
            .stripeError(503, type: "api_error"),
            .fail(.connectionFailed("connection reset by peer")),
            .fail(.timedOut),
        ])
    func retried(failure: ScriptedTransport.Step) async throws {
        let transport = ScriptedTransport([failure, failure, ok])
        let sleeps = SleepRecorder()
        let client = makeClient(transport, sleeps: sleeps)
        let price = try await createPrice(client)
        #expect(price.id == "price_1")
        let requests = transport.requests
        #expect(requests.count == 3)
        #expect(Set(requests.compactMap { $0.headers["idempotency-key"] }) == ["key-1"])
        #expect(Set(requests.map(\.bodyText)).count == 1)
        #expect(sleeps.delays == [.milliseconds(500), .seconds(1)])
        #expect(client.requestCounts.total == 3)
        #expect(client.requestCounts.retries == 2)
    }

    @Test("Stripe-Should-Retry: false stops even a 500; true retries even a 400")
    func shouldRetryHeader() async throws {
        let noRetry = ScriptedTransport([
            .stripeError(
                500, type: "api_error", headers: ["stripe-should-retry": "false", "request-id": "req_1"]), ok,
        ])
        await #expect(throws: StripeError.self) { try await createPrice(makeClient(noRetry)) }
        #expect(noRetry.requests.count == 1)

        let retry = ScriptedTransport([
            .stripeError(400, type: "invalid_request_error", headers: ["stripe-should-retry": "true"]), ok,
        ])
        _ = try await createPrice(makeClient(retry))
        #expect(retry.requests.count == 2)
    }

    @Test("a plain 400 and a 404 are not retried")
    func notRetried() async throws {
        for status in [400, 401, 403, 404] {
            let transport = ScriptedTransport([.stripeError(status, type: "invalid_request_error"), ok])
            await #expect(throws: StripeError.self) { try await createPrice(makeClient(transport)) }
            #expect(transport.requests.count == 1)
        }
    }

    @Test("retries stop after maxRetries, and the error says how many attempts were made")
    func exhausted() async throws {
        let failure = ScriptedTransport.Step.stripeError(
            429, type: "invalid_request_error", code: "lock_timeout")
        let transport = ScriptedTransport([], fallback: failure)
        let sleeps = SleepRecorder()
        let client = makeClient(transport, maxRetries: 4, sleeps: sleeps)
        let error = await #expect(throws: StripeError.self) { try await createPrice(client) }
        #expect(error?.kind == .rateLimited)
        #expect(error?.attempts == 5)
        #expect(error?.description.contains("after 5 attempts") == true)
        #expect(transport.requests.count == 5)
        #expect(sleeps.delays == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4)])
    }

    @Test("backoff doubles to a 5 s cap, and the default jitter keeps 50–100 %")
    func backoff() {
        let exact = StripeRetryPolicy(maxRetries: 8, jitter: { $0 })
        #expect(
            (1...6).map(exact.delay(beforeRetry:)) == [
                .milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5),
            ])
        let jittered = StripeRetryPolicy()
        for retry in 1...6 {
            let delay = jittered.delay(beforeRetry: retry)
            let full = exact.delay(beforeRetry: retry)
            #expect(delay >= full / 2 && delay <= full)
        }
    }

    // The bound only proves the request does not hang: on a busy 2-core machine, CPU-heavy tests
    // running beside this one delay its 50 ms timers by seconds, so it is generous; the time limit
    // fails a hang.
    @Test(
        "a transport that never answers times out, is retried, then fails as timed out",
        .timeLimit(.minutes(1)))
    func timeout() async throws {
        let transport = ScriptedTransport([.hang, .hang])
        let client = makeClient(transport, maxRetries: 1, timeout: .milliseconds(50))
        let started = ContinuousClock.now
        let error = await #expect(throws: StripeError.self) { try await client.retrieveAccount() }
        #expect(error?.kind == .timedOut)
        #expect(transport.requests.count == 2)
        #expect(ContinuousClock.now - started < .seconds(45))
    }

    @Test("a timeout followed by an answer succeeds")
    func timeoutThenSuccess() async throws {
        let transport = ScriptedTransport([.hang, .json(200, #"{"id": "acct_1"}"#)])
        let account = try await makeClient(transport, timeout: .milliseconds(50)).retrieveAccount()
        #expect(account.id == "acct_1")
    }
}
