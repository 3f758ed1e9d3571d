import Foundation
import TariffEngine
import TariffRender
import Testing

/// `tariff permissions` output: the JSON document in the shape of Stripe's restricted-key
/// permission list, and the text listing, including calls no permission is known for.
struct PermissionsRenderingTests {
    static let calls = [
        TariffCall("GET", "/v1/billing/credit_grants", "read credit grants"),
        TariffCall("GET", "/v1/prices", "read prices"),
        TariffCall("GET", "/v1/products", "read products"),
    ]

    @Test func jsonHasStripesShape() throws {
        let report = PermissionReport(calls: Self.calls, scope: .plan)
        let object = try JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [String: Any]
        let list = try #require(object?["permissions"] as? [[String: String]])
        #expect(!list.isEmpty)
        #expect(list.map { $0["permission"] ?? "" } == report.permissions.map(\.rawValue))
        #expect(
            list.allSatisfy { Set($0.keys) == ["permission", "purpose"] && !($0["purpose"] ?? "").isEmpty })
    }

    @Test func textListsCallsWithoutAKnownPermission() {
        let text = PermissionReport(calls: Self.calls, scope: .plan).text()
        #expect(text.contains("plan_read"))
        #expect(text.contains("GET /v1/billing/credit_grants"))
        #expect(text.hasSuffix("Every permission is Read: plan never writes to Stripe.\n"))
    }
}
