/// One kind of Stripe request Tariff makes, with the reason it makes it.
///
/// `tariff permissions` lists the calls a config leads to and maps each through the Stripe
/// client's endpoint table (`StripePermissions`), so the permission names live in one place.
package struct TariffCall: Sendable, Hashable {
    /// `GET`, `POST` or `DELETE`.
    package var method: String
    /// A path as the client sends it, ids shown as `{id}`: `/v1/prices/{id}`.
    package var path: String
    /// Why Tariff makes the call, in words a key's owner understands.
    package var purpose: String

    package init(_ method: String, _ path: String, _ purpose: String) {
        self.method = method
        self.path = path
        self.purpose = purpose
    }
}

/// Which command the key is for: `plan` only reads, `apply` also writes, `usage` is the key for
/// `tariff usage plan` and `apply` (reading meters, customers and summaries, sending events),
/// `billing` the key for `tariff billing plan` and `apply` (thresholds and credits), `revenue`
/// the key for `tariff revenue` (reads only).
package enum PermissionScope: String, Sendable, Hashable, CaseIterable {
    case plan, apply, usage, billing, revenue
}
