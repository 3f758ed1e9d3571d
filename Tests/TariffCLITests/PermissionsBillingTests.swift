import Testing
import TariffEngine

/// `tariff permissions --for billing`: what `tariff billing plan|apply` call, mapped through the
/// endpoint table, with the credit-grant calls Stripe names no permission for kept in sight.
@Suite("Billing permissions")
struct PermissionsBillingTests {
    @Test func theBillingSetCoversThresholdsAndCredits() throws {
        let (desired, _) = try PermissionsCommandTests.example(.billing)
        let report = PermissionReport(desired: desired, scope: .billing)
        #expect(
            report.permissions.map(\.rawValue) == [
                "customer_read", "customer_write", "invoice_read", "plan_read", "subscription_read",
                "subscription_write",
            ])
        #expect(report.unknown.map(\.path) == ["/v1/billing/credit_grants", "/v1/billing/credit_grants"])
        #expect(report.unknown.map(\.method) == ["GET", "POST"])
    }

    @Test func billingNeedsNoCatalogWrite() throws {
        let (desired, _) = try PermissionsCommandTests.example(.billing)
        let names = PermissionReport(desired: desired, scope: .billing).permissions.map(\.rawValue)
        #expect(!names.contains("product_write"))
        #expect(!names.contains("billing_meter_write"))
    }

    @Test func revenueOnlyReads() throws {
        let (desired, _) = try PermissionsCommandTests.example(.revenue)
        let report = PermissionReport(desired: desired, scope: .revenue)
        #expect(
            report.permissions.map(\.rawValue) == [
                "billing_meter_read", "customer_read", "invoice_read", "subscription_read",
            ])
        // Credit grants and balances: Stripe's reference names no permission for them.
        #expect(
            report.unknown.map(\.path) == ["/v1/billing/credit_grants", "/v1/billing/credit_balance_summary"])
        #expect(report.unknown.allSatisfy { $0.method == "GET" })
    }
}
