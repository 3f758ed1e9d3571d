import Foundation
package import TariffStripe

/// The minimal restricted-key permission set for a config, each with the reasons Tariff needs it.
///
/// Built from ``TariffCalls`` through the Stripe client's endpoint table, so the table stays the
/// single place that names permissions. An apply set keeps every read permission of the plan
/// set, since Stripe does not say whether Write includes Read.
package struct PermissionReport: Sendable, Hashable {
    /// One permission and why it is needed.
    package struct Entry: Sendable, Hashable {
        package var permission: StripePermission
        /// The purposes of every call that needs it, joined in call order.
        package var purpose: String
        /// How sure the endpoint table is of the weakest row behind this permission.
        package var evidence: StripePermissionRule.Evidence
    }

    package var scope: PermissionScope
    /// Sorted by permission name.
    package var entries: [Entry]
    /// Calls the endpoint table names no permission for (listed, never dropped).
    package var unknown: [TariffCall]

    /// The report for `desired` under `scope`.
    package init(desired: DesiredState, scope: PermissionScope) {
        self.init(calls: TariffCalls.calls(for: desired, scope: scope), scope: scope)
    }

    /// The report for an explicit list of calls.
    package init(calls: [TariffCall], scope: PermissionScope) {
        var purposes: [StripePermission: [String]] = [:]
        var evidence: [StripePermission: StripePermissionRule.Evidence] = [:]
        var unknown: [TariffCall] = []
        for call in calls {
            guard let rule = StripePermissions.rule(method: call.method, path: call.path),
                let permission = rule.permission
            else {
                unknown.append(call)
                continue
            }
            if !(purposes[permission]?.contains(call.purpose) ?? false) {
                purposes[permission, default: []].append(call.purpose)
            }
            evidence[permission] = Self.weaker(evidence[permission], rule.evidence)
        }
        self.scope = scope
        self.entries = purposes.keys.sorted().map { permission in
            Entry(
                permission: permission, purpose: (purposes[permission] ?? []).joined(separator: "; "),
                evidence: evidence[permission] ?? .unverified)
        }
        self.unknown = unknown
    }

    /// The permission names alone, sorted.
    package var permissions: [StripePermission] { entries.map(\.permission) }

    /// The less certain of two evidence levels.
    private static func weaker(
        _ lhs: StripePermissionRule.Evidence?, _ rhs: StripePermissionRule.Evidence
    ) -> StripePermissionRule.Evidence {
        let order: [StripePermissionRule.Evidence] = [.rowConfirmed, .resourceLevel, .unverified]
        guard let lhs else { return rhs }
        return (order.firstIndex(of: lhs) ?? 2) >= (order.firstIndex(of: rhs) ?? 2) ? lhs : rhs
    }
}
