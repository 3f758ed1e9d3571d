import Testing
import TariffStripe

@Suite("Configuration from flags and environment")
struct StripeEnvironmentTests {
    @Test(
        "base URL: flag, then TARIFF_STRIPE_API_BASE, then Stripe",
        arguments: [
            (
                String?("http://127.0.0.1:12111/"), ["TARIFF_STRIPE_API_BASE": "http://other"],
                "http://127.0.0.1:12111"
            ),
            (nil, ["TARIFF_STRIPE_API_BASE": "http://127.0.0.1:9999"], "http://127.0.0.1:9999"),
            ("", ["TARIFF_STRIPE_API_BASE": " "], "https://api.stripe.com"),
            (nil, [:], "https://api.stripe.com"),
        ])
    func baseURL(flag: String?, environment: [String: String], expected: String) {
        #expect(StripeEnvironment.resolveBaseURL(flag: flag, environment: environment) == expected)
    }

    @Test("key: the configured value, then STRIPE_API_KEY, else none")
    func apiKey() {
        let env = ["STRIPE_API_KEY": "sk_test_env\n"]
        #expect(
            StripeEnvironment.resolveAPIKey(configured: "rk_test_cfg", environment: env)?.kindPrefix
                == "rk_test_")
        #expect(StripeEnvironment.resolveAPIKey(configured: nil, environment: env)?.kindPrefix == "sk_test_")
        #expect(StripeEnvironment.resolveAPIKey(configured: "  ", environment: env)?.kindPrefix == "sk_test_")
        #expect(StripeEnvironment.resolveAPIKey(configured: nil, environment: [:]) == nil)
        #expect(
            StripeEnvironment.resolveAPIKey(configured: nil, environment: env) == StripeAPIKey("sk_test_env"))
    }
}

@Suite("Permission table")
struct StripePermissionsTests {
    @Test("rules match concrete paths by segment, ignoring queries")
    func matching() {
        #expect(
            StripePermissions.required(method: "GET", path: "/v1/prices?active=true&limit=100") == "plan_read"
        )
        #expect(
            StripePermissions.required(method: "post", path: "/v1/products/search_api") == "product_write")
        #expect(StripePermissions.required(method: "GET", path: "/v1/billing/meters") == "billing_meter_read")
        #expect(StripePermissions.required(method: "GET", path: "/v1/unknown/thing") == nil)
        #expect(StripePermissions.rule(method: "POST", path: "/v1/billing/credit_grants")?.permission == nil)
        #expect(StripePermissions.rule(method: "GET", path: "/v1/account")?.evidence == .rowConfirmed)
    }

    @Test("a read-only plan needs exactly the read permissions of what it lists")
    func planSet() {
        let calls: [(method: String, path: String)] = [
            ("GET", "/v1/account"), ("GET", "/v1/products"), ("GET", "/v1/prices"), ("GET", "/v1/prices"),
            ("GET", "/v1/billing/meters"), ("GET", "/v1/webhook_endpoints"),
            ("GET", "/v1/billing/credit_grants"),
        ]
        let result = StripePermissions.required(for: calls)
        #expect(
            result.permissions == [
                "billing_meter_read", "connected_account_read", "plan_read", "product_read", "webhook_read",
            ])
        #expect(result.unknown == ["GET /v1/billing/credit_grants"])
    }

    @Test("permission names are read from Stripe's messages, rak_ prefix dropped")
    func namesInMessages() {
        let message =
            "Having the 'rak_billing_cadence_read' or 'rak_subscription_read' permission would allow this request"
        #expect(StripePermissions.named(in: message) == ["billing_cadence_read", "subscription_read"])
        #expect(StripePermissions.named(in: "no names here").isEmpty)
    }

    @Test("every method in the table is GET, POST or DELETE, and no rule is listed twice")
    func tableShape() {
        let rules = StripePermissions.rules
        #expect(rules.allSatisfy { ["GET", "POST", "DELETE"].contains($0.method) })
        #expect(Set(rules.map { "\($0.method) \($0.pathTemplate)" }).count == rules.count)
    }
}
