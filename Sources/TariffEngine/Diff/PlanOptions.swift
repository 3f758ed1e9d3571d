/// Choices that change what a plan contains (the CLI flags of `tariff plan`).
package struct PlanOptions: Sendable, Hashable {
    /// `--prune`: archive managed objects the YAML no longer declares.
    package var prune: Bool
    /// `--adopt`: take over unmarked objects that hold a declared natural key (a product id, a
    /// lookup key, a webhook URL) instead of refusing to plan.
    package var adopt: Bool
    /// `--audit all`: read every subscription once (customers expanded) so the id-mapping audit
    /// covers all subscribed customers; otherwise it covers the customers of the subscriptions the
    /// plan reads anyway (those on replaced or archived prices).
    package var auditAllSubscriptions: Bool
    /// SHA-256 of the config's sources, recorded in the plan.
    package var configDigest: String
    /// The `Stripe-Version` the reads used.
    package var apiVersion: String?

    package init(
        prune: Bool = false, adopt: Bool = false, auditAllSubscriptions: Bool = false,
        configDigest: String = "",
        apiVersion: String? = nil
    ) {
        self.prune = prune
        self.adopt = adopt
        self.auditAllSubscriptions = auditAllSubscriptions
        self.configDigest = configDigest
        self.apiVersion = apiVersion
    }
}
