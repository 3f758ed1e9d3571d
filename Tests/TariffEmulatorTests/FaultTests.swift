import Foundation
import TariffStripe
import Testing

@testable import TariffEmulator

@Suite("Fault injection")
struct FaultTests {
    @Test func parsesTheCommandLineSyntax() throws {
        var faults = EmulatorFaults()
        try faults.apply("429-every=3, latency-ms=20,500-every=7,drop-every=2,500-rate=0.25")
        #expect(
            faults
                == EmulatorFaults(
                    latency: .milliseconds(20), rateLimitEvery: 3, serverErrorEvery: 7, serverErrorRate: 0.25,
                    dropAfterCommitEvery: 2))
    }

    @Test(arguments: ["429-every", "429-every=0", "500-rate=2", "teapot=1", "latency-ms=-5"])
    func rejectsBadSpecifications(text: String) {
        var faults = EmulatorFaults()
        #expect(throws: EmulatorFaults.ParseError.self) { try faults.apply(text) }
    }

    @Test func rateLimitsEveryThirdRequest() async {
        let stripe = Harness(.init(faults: EmulatorFaults(rateLimitEvery: 3), seed: 3))
        var statuses: [Int] = []
        for _ in 0..<6 { statuses.append(await stripe.send("GET", "/v1/account").status) }
        #expect(statuses == [200, 200, 429, 200, 200, 429])
    }

    @Test func rateLimitBodyIsStripes() async {
        let stripe = Harness(.init(faults: EmulatorFaults(rateLimitEvery: 1), seed: 3))
        let answer = await stripe.send("GET", "/v1/account")
        #expect(answer.status == 429)
        #expect(answer.error("code") == "rate_limit")
        #expect(answer.headers["stripe-should-retry"] == nil)
    }

    @Test func lockTimeoutEverySecondRequest() async throws {
        var faults = EmulatorFaults()
        try faults.apply("lock-every=2")
        let stripe = Harness(.init(faults: faults, seed: 3))
        #expect(await stripe.send("GET", "/v1/account").status == 200)
        let locked = await stripe.send("GET", "/v1/account")
        #expect(locked.status == 429)
        #expect(locked.error("code") == "lock_timeout")
        #expect(locked.headers["stripe-should-retry"] == "true")
    }

    @Test func serverErrorsEverySecondRequestAreNotStored() async {
        let stripe = Harness(.init(faults: EmulatorFaults(serverErrorEvery: 2), seed: 3))
        #expect(await stripe.send("GET", "/v1/account").status == 200)
        let failed = await stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "k")
        #expect(failed.status == 500)
        #expect(failed.error("type") == "api_error")
        let retried = await stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "k")
        #expect(retried.status == 200)
        #expect(retried.headers["idempotent-replayed"] == nil)
    }

    @Test func dropAfterCommitThenReplay() async throws {
        let emulator = StripeEmulator(
            configuration: .init(faults: EmulatorFaults(dropAfterCommitEvery: 1), seed: 5))
        let transport = EmulatorTransport(emulator: emulator)
        let request = StripeHTTPRequest(
            method: "POST", path: "/v1/customers",
            headers: ["authorization": "Bearer sk_test_x", "idempotency-key": "once"],
            body: Array("name=A".utf8))
        await #expect(throws: StripeTransportError.self) {
            try await transport.send(request, timeout: .seconds(5))
        }
        let replay = try await transport.send(request, timeout: .seconds(5))
        #expect(replay.status == 200)
        #expect(replay.headers["idempotent-replayed"] == "true")
        let list = await emulator.handle(
            StripeHTTPRequest(
                method: "GET", path: "/v1/customers", headers: ["authorization": "Bearer sk_test_x"]))
        let data =
            (try JSONSerialization.jsonObject(with: Data(list.body)) as? [String: Any])?["data"] as? [Any]
        #expect(data?.count == 1)
    }

    @Test func latencyAndTimeout() async throws {
        let emulator = StripeEmulator(
            configuration: .init(faults: EmulatorFaults(latency: .milliseconds(300)), seed: 5))
        let transport = EmulatorTransport(emulator: emulator)
        let request = StripeHTTPRequest(
            method: "GET", path: "/v1/account", headers: ["authorization": "Bearer sk_test_x"])
        await #expect(throws: StripeTransportError.timedOut) {
            try await transport.send(request, timeout: .milliseconds(50))
        }
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try await transport.send(request, timeout: .seconds(5)).status == 200)
        #expect(clock.now - start >= .milliseconds(300))
    }

    @Test func statsCountRequestsByEndpointAndReset() async {
        let stripe = Harness()
        await stripe.product("a")
        await stripe.send("GET", "/v1/products/a")
        await stripe.send("GET", "/v1/products/a")
        let stats = await stripe.emulator.statistics
        #expect(stats.total == 3)
        #expect(stats.byEndpoint["GET /v1/products/{id}"] == 2)
        #expect(stats.byEndpoint["POST /v1/products"] == 1)
        await stripe.emulator.reset()
        #expect(await stripe.emulator.statistics.total == 0)
        #expect(await stripe.send("GET", "/v1/products/a").status == 404)
    }

    @Test func seedingHookRunsStripesRules() async throws {
        let emulator = StripeEmulator(configuration: .init(seed: 9))
        try await emulator.seed("POST", "/v1/products", form: "id=seeded&name=Seeded")
        await #expect(throws: EmulatorSeedError.self) {
            try await emulator.seed("POST", "/v1/products", form: "id=seeded&name=Again")
        }
        let answer = await emulator.handle(
            StripeHTTPRequest(
                method: "GET", path: "/v1/products/seeded", headers: ["authorization": "Bearer sk_test_x"]))
        #expect(answer.status == 200)
        #expect(await emulator.statistics.total == 1)
    }
}

@Suite("Concurrent idempotent requests")
struct InFlightTests {
    @Test func sameKeyWhileInProgressIs409ThenReplays() async throws {
        let stripe = Harness(.init(faults: EmulatorFaults(latency: .milliseconds(200)), seed: 8))
        async let first = stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "busy")
        try await Task.sleep(for: .milliseconds(50))
        let second = await stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "busy")
        #expect(second.status == 409)
        #expect(second.error("code") == "idempotency_key_in_use")
        let original = await first
        #expect(original.status == 200)
        let third = await stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "busy")
        #expect(third.headers["idempotent-replayed"] == "true")
        #expect(third.string("id") == original.string("id"))
    }
}
