import Foundation
package import TariffEngine

extension PermissionReport {
    /// The JSON document, in the shape of Stripe's restricted-key permission list:
    /// `{"permissions": [{"permission": "plan_read", "purpose": "…"}]}`.
    package func json() throws -> String {
        try PermissionsDocument(self).encoded()
    }

    /// One line per permission, name padded, then its purpose; unsure rows and unknown calls noted.
    package func text() -> String {
        let width = entries.map(\.permission.rawValue.count).max() ?? 0
        let heading =
            switch scope {
            case .plan: "Restricted key for tariff plan (read-only): \(entries.count) permissions"
            case .apply: "Restricted key for tariff apply: \(entries.count) permissions"
            case .usage: "Restricted key for tariff usage (plan and apply): \(entries.count) permissions"
            case .billing: "Restricted key for tariff billing (plan and apply): \(entries.count) permissions"
            case .revenue: "Restricted key for tariff revenue (read-only): \(entries.count) permissions"
            }
        var lines = [heading]
        for entry in entries {
            let name = entry.permission.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let mark =
                entry.evidence == .unverified ? " (unverified: check Stripe's permissions reference)" : ""
            lines.append("  \(name)  \(entry.purpose)\(mark)")
        }
        for call in unknown {
            lines.append(
                "  ?  \(call.method) \(call.path): Stripe names no permission for it; \(call.purpose)")
        }
        if scope == .plan {
            lines.append("Every permission is Read: plan never writes to Stripe.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
