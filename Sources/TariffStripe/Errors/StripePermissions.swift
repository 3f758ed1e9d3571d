/// A restricted-key permission, by Stripe's identifier: `plan_write`, `subscription_read`, …
///
/// Stripe's own messages prefix these with `rak_` ("Having the 'rak_plan_write' permission would
/// allow this request to continue"); the identifier here never carries that prefix.
package struct StripePermission: Sendable, Hashable, Comparable, RawRepresentable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue.hasPrefix("rak_") ? String(rawValue.dropFirst(4)) : rawValue
    }

    package init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    package var description: String { rawValue }

    package static func < (lhs: StripePermission, rhs: StripePermission) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One row of the endpoint → permission table (stripe-permissions.md).
package struct StripePermissionRule: Sendable, Hashable {
    /// How sure the table is of a row; `tariff permissions` shows the unsure ones as such.
    package enum Evidence: String, Sendable, Hashable {
        /// Checked against Stripe's API permissions reference, method and path.
        case rowConfirmed = "row confirmed"
        /// Stripe names the permission for the resource, but the exact row was not checked.
        case resourceLevel = "resource-level"
        /// No Stripe source links this endpoint to the permission; a best reading of the rest.
        case unverified
    }

    /// `GET`, `POST` or `DELETE`.
    package let method: String
    /// The path with `{…}` placeholders for ids: `/v1/prices/{id}`.
    package let pathTemplate: String
    /// The permission, or nil where no Stripe source names one (credit grants).
    package let permission: StripePermission?
    package let evidence: Evidence

    /// Whether this rule covers a concrete request path (query string already removed).
    package func matches(method: String, path: String) -> Bool {
        guard method.uppercased() == self.method else { return false }
        let template = pathTemplate.split(separator: "/", omittingEmptySubsequences: true)
        let actual = path.split(separator: "/", omittingEmptySubsequences: true)
        guard template.count == actual.count else { return false }
        return zip(template, actual).allSatisfy { pattern, segment in
            pattern.hasPrefix("{") || pattern == segment
        }
    }
}

/// Which restricted-key permission each Stripe call Tariff makes needs.
///
/// The same table serves two purposes: a 403 names the permission the key lacks, and
/// `tariff permissions` lists the minimal set a config needs.
package enum StripePermissions {
    /// Finds the rule for a request, ignoring any query string.
    package static func rule(method: String, path: String) -> StripePermissionRule? {
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        return rules.first { $0.matches(method: method, path: bare) }
    }

    /// The permission a request needs, when the table knows it.
    package static func required(method: String, path: String) -> StripePermission? {
        rule(method: method, path: path)?.permission
    }

    /// The distinct permissions a set of calls needs, sorted; calls the table does not know are
    /// returned separately so a caller can list them as unknown rather than drop them.
    package static func required(
        for calls: [(method: String, path: String)]
    ) -> (permissions: [StripePermission], unknown: [String]) {
        var permissions = Set<StripePermission>()
        var unknown: [String] = []
        for call in calls {
            if let permission = required(method: call.method, path: call.path) {
                permissions.insert(permission)
            } else {
                let name = "\(call.method.uppercased()) \(call.path)"
                if !unknown.contains(name) { unknown.append(name) }
            }
        }
        return (permissions.sorted(), unknown)
    }

    /// The permissions Stripe names in an error message, in order (`'rak_plan_write'` → `plan_write`).
    package static func named(in message: String) -> [StripePermission] {
        var found: [StripePermission] = []
        var rest = Substring(message)
        while let start = rest.range(of: "rak_") {
            let tail = rest[start.upperBound...]
            let name = tail.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            if !name.isEmpty {
                let permission = StripePermission(rawValue: String(name))
                if !found.contains(permission) { found.append(permission) }
            }
            rest = tail.dropFirst(name.count)
        }
        return found
    }

    /// The table, in the order of stripe-permissions.md, then the endpoints it does not list that
    /// Tariff also calls (marked unverified, read from the resource they belong to).
    package static let rules: [StripePermissionRule] = [
        rule("GET", "/v1/account", "connected_account_read", .rowConfirmed),
        rule("GET", "/v1/products", "product_read", .resourceLevel),
        rule("POST", "/v1/products", "product_write", .resourceLevel),
        rule("GET", "/v1/products/{id}", "product_read", .resourceLevel),
        rule("POST", "/v1/products/{id}", "product_write", .resourceLevel),
        rule("DELETE", "/v1/products/{id}", "product_write", .resourceLevel),
        rule("GET", "/v1/prices", "plan_read", .resourceLevel),
        rule("POST", "/v1/prices", "plan_write", .resourceLevel),
        rule("GET", "/v1/prices/{id}", "plan_read", .resourceLevel),
        rule("POST", "/v1/prices/{id}", "plan_write", .resourceLevel),
        rule("GET", "/v1/billing/meters", "billing_meter_read", .resourceLevel),
        rule("POST", "/v1/billing/meters", "billing_meter_write", .resourceLevel),
        rule("POST", "/v1/billing/meters/{id}", "billing_meter_write", .resourceLevel),
        rule("POST", "/v1/billing/meters/{id}/deactivate", "billing_meter_write", .resourceLevel),
        rule("POST", "/v1/billing/meters/{id}/reactivate", "billing_meter_write", .resourceLevel),
        rule("POST", "/v1/billing/meter_events", "billing_meter_event_write", .unverified),
        rule("GET", "/v1/webhook_endpoints", "webhook_read", .resourceLevel),
        rule("POST", "/v1/webhook_endpoints", "webhook_write", .resourceLevel),
        rule("POST", "/v1/webhook_endpoints/{id}", "webhook_write", .resourceLevel),
        rule("DELETE", "/v1/webhook_endpoints/{id}", "webhook_write", .resourceLevel),
        rule("GET", "/v1/customers", "customer_read", .resourceLevel),
        rule("GET", "/v1/customers/{id}", "customer_read", .resourceLevel),
        rule("GET", "/v1/subscriptions", "subscription_read", .resourceLevel),
        rule("POST", "/v1/subscriptions/{id}", "subscription_write", .resourceLevel),
        rule("POST", "/v1/subscription_items/{id}", "subscription_write", .unverified),
        rule("GET", "/v1/subscription_schedules", "subscription_read", .unverified),
        rule("GET", "/v1/subscription_schedules/{id}", "subscription_read", .unverified),
        rule("POST", "/v1/subscription_schedules", "subscription_write", .unverified),
        rule("POST", "/v1/subscription_schedules/{id}", "subscription_write", .unverified),
        rule("POST", "/v1/customers/{id}/balance_transactions", "customer_write", .unverified),
        rule("GET", "/v1/billing/credit_grants", nil, .unverified),
        rule("POST", "/v1/billing/credit_grants", nil, .unverified),
        rule("GET", "/v1/billing/credit_balance_summary", nil, .unverified),
        rule("GET", "/v1/invoices", "invoice_read", .resourceLevel),
        // Not in the reference table either: the reference names `credit_note_read` (implied by
        // any `invoice_*` permission) for Credit Notes; the credit-grant calls have no name.
        rule("GET", "/v1/credit_notes", "credit_note_read", .resourceLevel),
        rule("POST", "/v1/billing/credit_grants/{id}/void", nil, .unverified),
        rule("GET", "/v1/billing/credit_balance_transactions", nil, .unverified),
        // Not in the reference table; inferred from the resource each endpoint belongs to.
        rule("GET", "/v1/billing/meters/{id}", "billing_meter_read", .unverified),
        rule("GET", "/v1/webhook_endpoints/{id}", "webhook_read", .unverified),
        rule("POST", "/v1/customers", "customer_write", .unverified),
        rule("POST", "/v1/customers/{id}", "customer_write", .unverified),
        rule("GET", "/v1/customers/{id}/balance_transactions", "customer_read", .unverified),
        rule("POST", "/v1/subscriptions", "subscription_write", .unverified),
        rule("GET", "/v1/subscriptions/{id}", "subscription_read", .unverified),
        rule("DELETE", "/v1/subscriptions/{id}", "subscription_write", .unverified),
        rule("GET", "/v1/subscription_items", "subscription_read", .unverified),
        rule("GET", "/v1/subscription_items/{id}", "subscription_read", .unverified),
        // Usage reporting (stripe-usage.md §9): only third-party lists name these.
        rule("GET", "/v1/billing/meters/{id}/event_summaries", "billing_meter_read", .unverified),
        rule(
            "POST", "/v1/billing/meter_event_adjustments", "billing_meter_event_adjustment_write", .unverified
        ),
        rule("POST", "/v2/billing/meter_events", "billing_meter_event_write", .unverified),
        rule("POST", "/v2/billing/meter_event_session", "billing_meter_event_write", .unverified),
        // The stream authenticates with the session's token, not the key: creating the session
        // is the call the permission guards.
        rule("POST", "/v2/billing/meter_event_stream", "billing_meter_event_write", .unverified),
        rule(
            "POST", "/v2/billing/meter_event_adjustments", "billing_meter_event_adjustment_write", .unverified
        ),
    ]

    private static func rule(
        _ method: String, _ path: String, _ permission: StripePermission?,
        _ evidence: StripePermissionRule.Evidence
    ) -> StripePermissionRule {
        StripePermissionRule(method: method, pathTemplate: path, permission: permission, evidence: evidence)
    }
}
