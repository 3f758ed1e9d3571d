import Foundation
import Testing

/// Stripe's idempotency: the first result of a request whose endpoint began executing is replayed,
/// errors included; a validation failure or a collision with a concurrent request saves nothing.
@Suite("Idempotent replay of executed requests")
struct IdempotencyReplayTests {
    @Test("an error of an executed request is replayed, even after the cause is gone")
    func errorsAreReplayed() async {
        let stripe = Harness()
        let form = "product=later&currency=usd&unit_amount=100"
        let first = await stripe.send("POST", "/v1/prices", form, idempotencyKey: "k-error")
        #expect(first.status == 400)
        #expect(first.error("code") == "resource_missing")
        await stripe.product("later")
        let retry = await stripe.send("POST", "/v1/prices", form, idempotencyKey: "k-error")
        #expect(retry.status == 400)
        #expect(retry.headers["idempotent-replayed"] == "true")
        #expect(retry.error("code") == "resource_missing")
        #expect(await stripe.send("GET", "/v1/prices").ids.isEmpty)
        let fresh = await stripe.send("POST", "/v1/prices", form, idempotencyKey: "k-other")
        #expect(fresh.status == 200)
    }

    @Test("a request that failed validation saves nothing: the key runs again with new parameters")
    func validationFailuresAreNotSaved() async {
        let stripe = Harness()
        let invalid = await stripe.send("POST", "/v1/customers", "colour=red", idempotencyKey: "k-valid")
        #expect(invalid.error("code") == "parameter_unknown")
        let next = await stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "k-valid")
        #expect(next.status == 200)
        #expect(next.headers["idempotent-replayed"] == nil)
        let malformed = await stripe.send("POST", "/v1/customers", "balance=ten", idempotencyKey: "k-int")
        #expect(malformed.error("code") == "parameter_invalid_integer")
        #expect(
            await stripe.send("POST", "/v1/customers", "balance=10", idempotencyKey: "k-int").status == 200)
    }

    @Test("a request refused as concurrent (409) saves nothing")
    func collisionsAreNotSaved() async {
        let stripe = Harness(.init(faults: .init(latency: .milliseconds(200)), seed: 3))
        async let first = stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "k-race")
        try? await Task.sleep(for: .milliseconds(50))
        let second = await stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "k-race")
        let winner = await first
        #expect(second.status == 409)
        #expect(winner.status == 200)
        let replay = await stripe.send("POST", "/v1/customers", "name=A", idempotencyKey: "k-race")
        #expect(replay.string("id") == winner.string("id"))
        #expect(replay.headers["idempotent-replayed"] == "true")
    }
}
