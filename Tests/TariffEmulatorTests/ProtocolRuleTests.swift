import TariffStripe
import Foundation
import Testing

@Suite("Authentication, permissions, idempotency and pagination")
struct ProtocolRuleTests {
    @Test(arguments: ["", "sk_test_", "pk_test_abc", "sk_prod_abc", "sk_test_a b"])
    func badKeysAre401AndNeverEchoed(key: String) async {
        let stripe = Harness()
        let answer = await stripe.send("GET", "/v1/products", key: key)
        #expect(answer.status == 401)
        #expect(answer.error("type") == "invalid_request_error")
        if !key.isEmpty {
            #expect(answer.error("message")?.contains(key) == false)
        }
    }

    @Test func basicAuthWithTheKeyAsUser() async {
        let stripe = Harness()
        let encoded = Data("rk_test_abc:".utf8).base64EncodedString()
        let request = StripeRequestFactory.make("GET", "/v1/products", authorization: "Basic \(encoded)")
        #expect(await stripe.emulator.handle(request).status == 200)
    }

    @Test("restricted keys cannot read the account, whatever they hold; secret keys can")
    func accountRefusedToRestrictedKeys() async {
        let stripe = Harness(
            .init(
                restrictedKeyPermissions: ["rk_test_all": ["connected_account_read", "plan_read"]], seed: 1))
        for key in ["rk_test_all", "rk_test_unlisted"] {
            let refused = await stripe.send("GET", "/v1/account", key: key)
            #expect(refused.status == 403)
            #expect(refused.error("type") == "invalid_request_error")
            #expect(refused.error("message")?.contains(key) == false)
        }
        #expect(await stripe.send("GET", "/v1/prices", key: "rk_test_all").status == 200)
        #expect(await stripe.send("GET", "/v1/account").status == 200)
    }

    @Test("only the pinned Stripe-Version is served; none means the pinned one")
    func pinnedVersion() async {
        let stripe = Harness()
        var request = StripeRequestFactory.make("GET", "/v1/products", authorization: "Bearer sk_test_v")
        #expect(await stripe.emulator.handle(request).headers["stripe-version"] == "2026-10-28.endive")
        request.headers["stripe-version"] = "2026-10-28.endive"
        #expect(await stripe.emulator.handle(request).status == 200)
        request.headers["stripe-version"] = "2024-06-20"
        let refused = await stripe.emulator.handle(request)
        #expect(refused.status == 400)
        #expect(String(decoding: refused.body, as: UTF8.self).contains("2026-10-28.endive"))
    }

    @Test func restrictedKeyLacksPermission() async {
        let stripe = Harness(
            .init(restrictedKeyPermissions: ["rk_test_ro": ["plan_read", "product_write"]], seed: 1))
        #expect(await stripe.send("GET", "/v1/prices", key: "rk_test_ro").status == 200)
        #expect(await stripe.send("GET", "/v1/products", key: "rk_test_ro").status == 200)
        let refused = await stripe.send("POST", "/v1/prices", "currency=usd", key: "rk_test_ro")
        #expect(refused.status == 403)
        #expect(refused.error("type") == "invalid_request_error")
        #expect(refused.error("message")?.contains("'rak_plan_write'") == true)
        #expect(refused.error("message")?.contains("rk_test_ro") == false)
        let meters = await stripe.send("GET", "/v1/billing/meters", key: "rk_test_ro")
        #expect(meters.error("message")?.contains("'rak_billing_meter_read'") == true)
        #expect(await stripe.send("GET", "/v1/billing/meters", key: "rk_test_other").status == 200)
    }

    @Test func everyAnswerHasARequestID() async {
        let stripe = Harness()
        for answer in [
            await stripe.send("GET", "/v1/account"), await stripe.send("GET", "/v1/nothing"),
            await stripe.send("GET", "/v1/account", key: ""),
        ] {
            #expect(answer.headers["request-id"]?.hasPrefix("req_") == true)
        }
        #expect(await stripe.send("GET", "/v1/nothing").status == 404)
    }

    @Test func idempotentReplayAndMismatch() async {
        let stripe = Harness()
        let first = await stripe.send("POST", "/v1/customers", "email=a%40b.c&name=A", idempotencyKey: "k1")
        let replay = await stripe.send("POST", "/v1/customers", "name=A&email=a%40b.c", idempotencyKey: "k1")
        #expect(replay.status == 200)
        #expect(replay.string("id") == first.string("id"))
        #expect(replay.headers["idempotent-replayed"] == "true")
        #expect(first.headers["idempotent-replayed"] == nil)
        #expect(await stripe.send("GET", "/v1/customers").ids.count == 1)
        let mismatch = await stripe.send("POST", "/v1/customers", "email=other%40b.c", idempotencyKey: "k1")
        #expect(mismatch.status == 400)
        #expect(mismatch.error("type") == "idempotency_error")
        let otherEndpoint = await stripe.send(
            "POST", "/v1/products", "email=a%40b.c&name=A", idempotencyKey: "k1")
        #expect(otherEndpoint.error("type") == "idempotency_error")
        let otherKey = await stripe.send(
            "POST", "/v1/customers", "email=a%40b.c&name=A", key: "sk_test_other", idempotencyKey: "k1")
        #expect(otherKey.string("id") != first.string("id"))
    }

    @Test func validationFailuresAreNotStored() async {
        let stripe = Harness()
        let failed = await stripe.send("POST", "/v1/products", "id=p&name=P&colour=red", idempotencyKey: "k")
        #expect(failed.status == 400)
        await stripe.product("other")
        let again = await stripe.send("POST", "/v1/products", "id=p&name=P&colour=red", idempotencyKey: "k")
        #expect(again.headers["idempotent-replayed"] == nil)
    }

    @Test func failedWritesChangeNothing() async {
        let stripe = Harness()
        await stripe.product()
        let refused = await stripe.send(
            "POST", "/v1/prices", "product_data[id]=fresh&product_data[name]=F&currency=usd")
        #expect(refused.error("param") == "unit_amount")
        #expect(await stripe.send("GET", "/v1/products/fresh").status == 404)
    }

    @Test func paginationWalksEveryObjectOnce() async {
        let stripe = Harness()
        var created: [String] = []
        for index in 0..<25 { created.append(await stripe.product("p\(index)")) }
        var seen: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = await stripe.send(
                "GET", "/v1/products", "limit=7" + (cursor.map { "&starting_after=\($0)" } ?? ""))
            seen += page.ids
            cursor = page.ids.last
            pages += 1
            if page["has_more"] as? Bool != true { break }
        } while pages < 10
        #expect(pages == 4)
        #expect(seen == created.reversed())
        let before = await stripe.send("GET", "/v1/products", "limit=3&ending_before=p10")
        #expect(before.ids == ["p13", "p12", "p11"])
        #expect(before["has_more"] as? Bool == true)
    }

    @Test(arguments: ["limit=0", "limit=101", "starting_after=nope", "starting_after=p0&ending_before=p0"])
    func paginationErrors(form: String) async {
        let stripe = Harness()
        await stripe.product("p0")
        let answer = await stripe.send("GET", "/v1/products", form)
        #expect(answer.status == 400)
        #expect(answer.error("param") != nil)
    }
}

/// Builds raw requests for the few tests that need headers the harness does not set.
enum StripeRequestFactory {
    static func make(_ method: String, _ path: String, authorization: String) -> StripeHTTPRequest {
        StripeHTTPRequest(method: method, path: path, headers: ["authorization": authorization])
    }
}
