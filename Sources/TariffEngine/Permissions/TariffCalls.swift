/// The Stripe calls that `plan` and `apply` make for a given config.
///
/// Plan always reads the whole catalog (it lists unmanaged objects and natural-key conflicts, so
/// it needs the meters and webhook endpoints even of a config that declares none); what it writes
/// and which subscription data it reads depend on what the config declares.
package enum TariffCalls {
    /// The calls for `scope`, in the order Tariff makes them.
    package static func calls(for desired: DesiredState, scope: PermissionScope) -> [TariffCall] {
        if scope == .usage { return usage }
        if scope == .billing { return billing }
        if scope == .revenue { return revenue }
        var calls = reads(for: desired)
        if scope == .apply { calls += writes(for: desired) }
        return calls
    }

    /// What `plan` reads (and `apply`, which plans first) with a restricted key. `GET /v1/account`
    /// is not among them: Stripe lets no restricted key read it, so with an `rk_` key Tariff takes
    /// the mode from the key and reports a pinned `stripe.account` as not checkable.
    static func reads(for desired: DesiredState) -> [TariffCall] {
        var calls = [
            TariffCall(
                "GET", "/v1/products", "read products to compare them with the config and list unmanaged ones"
            ),
            TariffCall(
                "GET", "/v1/prices", "read prices (tiers, currency options) to compare them with the config"),
            TariffCall("GET", "/v1/billing/meters", "read billing meters, matched by event name"),
            TariffCall("GET", "/v1/webhook_endpoints", "read webhook endpoints, matched by URL"),
        ]
        if !desired.prices.isEmpty {
            calls.append(
                TariffCall(
                    "GET", "/v1/subscriptions",
                    "count the subscribers of prices that a change replaces or archives"))
            calls.append(
                TariffCall(
                    "GET", "/v1/customers/{id}",
                    "audit the id mapping (\(desired.idMapping.companyField)) of subscribed customers, read expanded with their subscriptions"
                ))
        }
        if desired.prices.contains(where: { $0.onChange.subscribers == .migrateAtPeriodEnd }) {
            calls.append(
                TariffCall(
                    "GET", "/v1/subscription_schedules/{id}",
                    "find the schedules of subscriptions that migrate at period end"))
        }
        return calls
    }

    /// What only `apply` writes.
    static func writes(for desired: DesiredState) -> [TariffCall] {
        var calls: [TariffCall] = []
        if !desired.meters.isEmpty {
            calls.append(TariffCall("POST", "/v1/billing/meters", "create declared meters and rename them"))
            calls.append(
                TariffCall(
                    "POST", "/v1/billing/meters/{id}/deactivate",
                    "deactivate a meter that a changed event name or aggregation replaces"))
        }
        if !desired.products.isEmpty {
            calls.append(
                TariffCall(
                    "POST", "/v1/products",
                    "create products, update them, set their default price and archive them"))
        }
        if !desired.prices.isEmpty {
            calls.append(
                TariffCall(
                    "POST", "/v1/prices",
                    "create prices, move lookup keys to replacements and archive old versions"))
        }
        if desired.webhook != nil {
            calls.append(
                TariffCall("POST", "/v1/webhook_endpoints", "create or update the declared webhook endpoint"))
        }
        let policies = Set(desired.prices.map(\.onChange.subscribers))
        if policies.contains(.migrateNow) {
            calls.append(
                TariffCall(
                    "POST", "/v1/subscription_items/{id}",
                    "move subscribers of a replaced price to its replacement (migrate_now)"))
        }
        if policies.contains(.migrateAtPeriodEnd) {
            calls.append(
                TariffCall(
                    "POST", "/v1/subscription_schedules",
                    "schedule the move of subscribers to a replacement price at period end (migrate_at_period_end)"
                ))
        }
        return calls
    }
}
