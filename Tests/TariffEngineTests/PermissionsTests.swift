import Foundation
import Testing
import TariffEngine
import TariffStripe

/// `PermissionReport`: which permissions a config needs follows from what it declares.
struct PermissionsTests {
    static let reads: [StripePermission] = [
        "billing_meter_read", "customer_read", "plan_read", "product_read",
        "subscription_read", "webhook_read",
    ]

    @Test func planOnlyReadsEvenWithMigrations() {
        var desired = DesiredState(
            meters: [Fixture.meter], products: [Fixture.product], prices: [Fixture.usagePrice])
        desired.prices[0].onChange = DesiredOnChange(subscribers: .migrateNow)
        let report = PermissionReport(desired: desired, scope: .plan)
        #expect(report.permissions == Self.reads)
        #expect(report.permissions.allSatisfy { $0.rawValue.hasSuffix("_read") })
        #expect(report.unknown.isEmpty)
    }

    @Test func applyAddsWritesForWhatIsDeclared() {
        let desired = DesiredState(
            meters: [Fixture.meter], products: [Fixture.product], prices: [Fixture.usagePrice])
        let report = PermissionReport(desired: desired, scope: .apply)
        let writes = report.permissions.filter { $0.rawValue.hasSuffix("_write") }
        #expect(writes == ["billing_meter_write", "plan_write", "product_write"])
        #expect(Set(Self.reads).isSubset(of: Set(report.permissions)))
    }

    @Test func aCatalogWithoutPricesNeedsNoSubscriptionOrCustomerAccess() {
        let report = PermissionReport(desired: DesiredState(products: [Fixture.product]), scope: .apply)
        #expect(!report.permissions.contains("subscription_read"))
        #expect(!report.permissions.contains("customer_read"))
        #expect(!report.permissions.contains("billing_meter_write"))
        #expect(report.permissions.contains("product_write"))
    }

    @Test(arguments: [
        (SubscriberPolicyKind.grandfather, false),
        (.migrateNow, true),
        (.migrateAtPeriodEnd, true),
    ])
    func subscriptionWriteOnlyForMigrations(policy: SubscriberPolicyKind, needsWrite: Bool) {
        var price = Fixture.feePrice
        price.onChange = DesiredOnChange(subscribers: policy)
        let report = PermissionReport(
            desired: DesiredState(products: [Fixture.product], prices: [price]), scope: .apply)
        #expect(report.permissions.contains("subscription_write") == needsWrite)
        let purpose = report.entries.first { $0.permission == "subscription_write" }?.purpose ?? ""
        #expect(needsWrite ? purpose.contains(policy.rawValue) : purpose.isEmpty)
    }

    @Test func aWebhookNeedsWebhookWrite() {
        let webhook = DesiredWebhook(url: "https://hooks.example.com/stripe", enabledEvents: ["invoice.paid"])
        let report = PermissionReport(desired: DesiredState(webhook: webhook), scope: .apply)
        #expect(report.permissions.contains("webhook_write"))
    }

    @Test func callsTheTableDoesNotKnowAreListedNotDropped() {
        let calls = [
            TariffCall("GET", "/v1/billing/credit_grants", "read credit grants"),
            TariffCall("GET", "/v1/prices", "read prices"),
        ]
        let report = PermissionReport(calls: calls, scope: .plan)
        #expect(report.permissions == ["plan_read"])
        #expect(report.unknown.map(\.path) == ["/v1/billing/credit_grants"])
    }
}
