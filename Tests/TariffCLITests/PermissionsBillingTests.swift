import Testing
import TariffEngine

/// `tariff permissions --for billing`: what `tariff billing plan|apply` call, mapped through the
/// endpoint table, with the credit-grant calls Stripe names no permission for kept in sight,
/// and the reads and void that reversed purchases need.
@Suite("Billing permissions")
struct PermissionsBillingTests {
    @Test func theBillingSetCoversThresholdsCreditsAndVoids() throws {
        let (desired, _) = try PermissionsCommandTests.example(.billing)
        let report = PermissionReport(desired: desired, scope: .billing)
        #expect(
            report.permissions.map(\.rawValue) == [
                "credit_note_read", "customer_read", "customer_write", "invoice_read", "plan_read",
                "subscription_read", "subscription_write",
            ])
        #expect(
            report.unknown.map { "\($0.method) \($0.path)" } == [
                "GET /v1/billing/credit_grants", "GET /v1/billing/credit_balance_transactions",
                "POST /v1/billing/credit_grants", "POST /v1/billing/credit_grants/{id}/void",
            ])
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
