package import TariffStripe

/// The subscriptions sitting on a price that a replace, archive or migrate touches.
///
/// Counts come from `GET /v1/subscriptions?price=…&status=all`, grouped by status. The policy is
/// the price's `on_change` (shown even when it is the default `grandfather`, as DESIGN.md §4 asks).
package struct SubscriberImpact: Sendable, Hashable {
    /// The old price whose subscriptions are counted.
    package var priceID: String
    /// Subscription counts per Stripe status (`active`, `trialing`, `past_due`, `canceled`, …),
    /// sorted by status name.
    package var countsByStatus: [StatusCount]
    package var policy: SubscriberPolicyKind
    /// Stripe's `proration_behavior` for a migration (`none`, `create_prorations`,
    /// `always_invoice`).
    package var proration: StripeProrationBehavior
    /// Whether `policy` was written in the YAML (false: the default, shown as such).
    package var policyIsExplicit: Bool

    package init(
        priceID: String, countsByStatus: [StatusCount], policy: SubscriberPolicyKind,
        proration: StripeProrationBehavior, policyIsExplicit: Bool
    ) {
        self.priceID = priceID
        self.countsByStatus = countsByStatus
        self.policy = policy
        self.proration = proration
        self.policyIsExplicit = policyIsExplicit
    }

    /// All subscriptions on the price, whatever their status.
    package var total: Int { countsByStatus.reduce(0) { $0 + $1.count } }

    /// Subscriptions that still bill (everything but `canceled` and `incomplete_expired`).
    package var live: Int {
        countsByStatus.filter { !SubscriberImpact.hasEnded(StripeEnum(rawValue: $0.status)) }
            .reduce(0) { $0 + $1.count }
    }

    /// Whether a subscription in `status` no longer bills (`canceled`, `incomplete_expired`). A
    /// status Tariff does not know yet counts as still billing, so it is never silently skipped.
    package static func hasEnded(_ status: StripeEnum<StripeSubscriptionStatus>) -> Bool {
        guard let known = status.known else { return false }
        switch known {
        case .canceled, .incompleteExpired: return true
        case .incomplete, .trialing, .active, .pastDue, .unpaid, .paused: return false
        }
    }
}

/// A number of subscriptions in one status.
package struct StatusCount: Sendable, Hashable {
    package var status: String
    package var count: Int

    package init(status: String, count: Int) {
        self.status = status
        self.count = count
    }
}

/// What happens to subscribers of a replaced price (the YAML's `on_change.subscribers`).
package enum SubscriberPolicyKind: String, Sendable, Hashable, CaseIterable {
    /// They keep the old, archived price.
    case grandfather
    /// Their items move to the new price at apply time.
    case migrateNow = "migrate_now"
    /// Their items move at the end of the current period.
    case migrateAtPeriodEnd = "migrate_at_period_end"
}
