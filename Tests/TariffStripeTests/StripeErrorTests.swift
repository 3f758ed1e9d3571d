import Foundation
import Testing
import TariffStripe

@Suite("Errors")
struct StripeErrorTests {
    private func failure(
        _ step: ScriptedTransport.Step, method: String = "GET", path: String = "/v1/products/x",
        maxRetries: Int = 0
    ) async -> StripeError? {
        let client = makeClient(ScriptedTransport([], fallback: step), maxRetries: maxRetries)
        do {
            switch method {
            case "POST":
                let _: StripeProduct = try await client.post(path, form: StripeForm(), idempotencyKey: "k")
            case "DELETE":
                let _: StripeDeletedObject = try await client.delete(path)
            default:
                let _: StripeProduct = try await client.get(path)
            }
            return nil
        } catch let error as StripeError {
            return error
        } catch {
            return nil
        }
    }

    @Test("401: the key is wrong; Stripe's message (which may quote the key) is left out")
    func authentication() async throws {
        let error = try #require(
            await failure(
                .stripeError(
                    401, type: "authentication_error", message: "Invalid API Key provided: \(testKeyText)")))
        #expect(error.kind == .authentication)
        #expect(error.description.contains("the key is wrong, expired or revoked"))
        #expect(error.description.contains("GET /v1/products/x"))
        #expect(error.description.hasSuffix("(request req_err)"))
        #expect(!error.description.contains(testKeyText))
        #expect(error.message?.contains(testKeyText) == false)
    }

    @Test("403: the permission named by Stripe wins over the table")
    func permissionFromMessage() async throws {
        let message =
            "The provided key 'rk_test_***xyz' does not have the required permissions for this endpoint. "
            + "Having the 'rak_billing_cadence_read' permission would allow this request to continue."
        let error = try #require(
            await failure(
                .stripeError(403, type: "invalid_request_error", message: message), path: "/v1/subscriptions")
        )
        #expect(error.kind == .permissionDenied("billing_cadence_read"))
        #expect(error.description.contains("lacks the 'billing_cadence_read' permission"))
    }

    @Test(
        "403 without a named permission: the table decides",
        arguments: [
            ("POST", "/v1/prices", "plan_write"), ("GET", "/v1/prices", "plan_read"),
            ("POST", "/v1/prices/price_1", "plan_write"), ("GET", "/v1/subscriptions", "subscription_read"),
            ("POST", "/v1/subscription_items/si_1", "subscription_write"),
            ("GET", "/v1/account", "connected_account_read"),
            ("POST", "/v1/billing/meters/mtr_1/deactivate", "billing_meter_write"),
            ("DELETE", "/v1/webhook_endpoints/we_1", "webhook_write"),
            ("POST", "/v1/customers/cus_1/balance_transactions", "customer_write"),
        ])
    func permissionFromTable(method: String, path: String, permission: String) async throws {
        let error = try #require(
            await failure(
                .stripeError(403, type: "invalid_request_error", message: "Forbidden"), method: method,
                path: path))
        #expect(error.kind == .permissionDenied(StripePermission(rawValue: permission)))
        #expect(error.description.contains("'\(permission)'"))
    }

    @Test("404 resource_missing, 400 with its param, idempotency errors")
    func requestErrors() async throws {
        let missing = try #require(
            await failure(
                .stripeError(
                    404, type: "invalid_request_error", code: "resource_missing", param: "id",
                    message: "No such product: 'x'")))
        #expect(missing.kind == .notFound)
        #expect(missing.code == "resource_missing")
        #expect(missing.description.contains("No such product: 'x'"))

        let invalid = try #require(
            await failure(
                .stripeError(
                    400, type: "invalid_request_error", code: "parameter_unknown", param: "unit_amount",
                    message: "Received unknown parameter: unit_amount"),
                method: "POST", path: "/v1/prices/price_1"))
        #expect(invalid.kind == .invalidRequest)
        #expect(invalid.param == "unit_amount")
        #expect(invalid.description.contains("parameter 'unit_amount'"))
        #expect(invalid.description.contains("POST /v1/prices/price_1"))

        let reused = try #require(
            await failure(
                .stripeError(
                    400, type: "idempotency_error",
                    message: "Keys for idempotent requests can only be used with the same parameters"),
                method: "POST", path: "/v1/prices"))
        #expect(reused.kind == .idempotency)
        #expect(reused.description.contains("already used with different parameters"))

        let inUse = try #require(
            await failure(
                .stripeError(409, type: "invalid_request_error", code: "idempotency_key_in_use"),
                method: "POST", path: "/v1/prices", maxRetries: 1))
        #expect(inUse.kind == .idempotency)
    }

    @Test("rate limiting, conflicts and server errors after retries")
    func retryExhaustion() async throws {
        let limited = try #require(
            await failure(.stripeError(429, type: "rate_limit_error", code: "rate_limit")))
        #expect(limited.kind == .rateLimited)
        #expect(limited.description.contains("rate-limited"))
        let conflict = try #require(
            await failure(.stripeError(409, type: "invalid_request_error", code: "lock_timeout")))
        #expect(conflict.kind == .conflict)
        let server = try #require(await failure(.stripeError(502, type: "api_error", message: "upstream")))
        #expect(server.kind == .server)
        #expect(server.status == 502)
        let legacyLimit = try #require(
            await failure(.stripeError(400, type: "invalid_request_error", code: "rate_limit")))
        #expect(legacyLimit.kind == .rateLimited)
    }

    @Test("a connection failure names the base URL and the flag to change it")
    func connection() async throws {
        let error = try #require(await failure(.fail(.connectionFailed("connection refused"))))
        #expect(error.kind == .connectionFailed("connection refused"))
        #expect(error.description.contains("http://127.0.0.1:9"))
        #expect(error.description.contains("--api-base"))
        #expect(error.requestID == nil)
    }

    @Test("an unreadable 200 and a non-JSON error body are still reported")
    func oddBodies() async throws {
        let unreadable = try #require(await failure(.json(200, "<html>proxy</html>")))
        guard case .invalidResponse = unreadable.kind else {
            Issue.record("expected invalidResponse, got \(unreadable.kind)")
            return
        }
        let html = try #require(await failure(.json(500, "<html>oops</html>")))
        #expect(html.kind == .server)
        #expect(html.error == nil)
        #expect(html.description.contains("HTTP 500"))
    }
}
