import TariffEngine

/// The subscriber impact of a replace, archive or migrate in words: how many subscriptions sit on
/// the price, by status, and what the price's `on_change` policy does with them. Shared by the text
/// and markdown renderers so both say the same thing.
enum ImpactText {
    /// `12 subscriptions on price_123: 10 active, 2 trialing` (or `no subscriptions on price_123`).
    static func counts(_ impact: SubscriberImpact) -> String {
        let total = impact.total
        guard total > 0 else { return "no subscriptions on \(impact.priceID)" }
        let statuses = impact.countsByStatus
            .filter { $0.count > 0 }
            .map { "\(Money.groupThousands($0.count)) \($0.status)" }
            .joined(separator: ", ")
        return "\(subscriptions(total)) on \(impact.priceID): \(statuses)"
    }

    /// The impact as the plan prints it: the counts and, when someone is subscribed, the policy.
    /// A migration repeats only the counts, since its own line says where the items go.
    static func lines(_ impact: SubscriberImpact, for kind: ActionKind) -> [String] {
        guard impact.total > 0 else {
            return ["no subscriptions on \(impact.priceID); nobody to grandfather or migrate"]
        }
        if kind == .migrate {
            return [counts(impact)]
        }
        return [counts(impact), policy(impact, for: kind)]
    }

    /// What happens to the subscribers under the policy, naming the policy and whether it is the
    /// default (grandfathering is always said out loud, DESIGN.md §4).
    ///
    /// - Parameter kind: the action the impact belongs to; an archive without a successor cannot
    ///   migrate anyone.
    static func policy(_ impact: SubscriberImpact, for kind: ActionKind) -> String {
        let name = impact.policyIsExplicit ? impact.policy.rawValue : "\(impact.policy.rawValue) (default)"
        let billing = impact.live
        let who = billing == 0 ? "none of them still bills" : "\(subscriptions(billing)) still billing"
        switch impact.policy {
        case .grandfather:
            let fate =
                kind == .archive
                ? "they keep the archived price; archiving only stops new subscriptions"
                : "they keep the old price, which is archived; only new subscriptions get the new one"
            return "on_change: \(name) — \(who); \(fate)."
        case .migrateNow:
            return "on_change: \(name) — \(who); their items move to the new price when apply runs"
                + " (proration: \(impact.proration.rawValue))."
        case .migrateAtPeriodEnd:
            return "on_change: \(name) — \(who); their items move to the new price at the end of"
                + " their current period (proration: \(impact.proration.rawValue))."
        }
    }

    /// `1 subscription`, `2 subscriptions`, grouped in thousands.
    static func subscriptions(_ count: Int) -> String {
        "\(Money.groupThousands(count)) subscription\(count == 1 ? "" : "s")"
    }

    /// The number of subscriptions a migrate action moves: its items, or the billing
    /// subscriptions of its impact when apply has not listed the items.
    static func migratedCount(_ action: PlanAction) -> Int {
        if let migration = action.migration { return migration.items.count }
        return action.impact?.live ?? 0
    }
}
