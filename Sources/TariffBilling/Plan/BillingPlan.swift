/// What `tariff billing apply` would change in Stripe: spending thresholds to set, change or
/// remove on subscriptions (pay as you go), credits to give for paid purchases and credit grants
/// to void for reversed ones (prepaid).
///
/// Encoded as the versioned JSON document `kind: billing_plan` (`--format json`, `--out`).
package struct BillingPlan: Sendable, Hashable, Codable {
    /// The document's schema version; bumped on incompatible changes.
    package static let currentVersion = 2

    package var version: Int = BillingPlan.currentVersion
    package var kind: String = "billing_plan"
    /// Subscriptions whose `billing_thresholds` change, in subscription id order.
    package var thresholds: [ThresholdChange]
    /// Credits to give, one per paid invoice line that has none yet, in invoice line order.
    package var credits: [CreditCreation]
    /// Credit grants to void, one per live grant of a reversed purchase, in invoice line order.
    /// Added in version 2; a version 1 document (without it) decodes with none.
    package var voids: [CreditVoid]

    package init(thresholds: [ThresholdChange] = [], credits: [CreditCreation] = [], voids: [CreditVoid] = [])
    {
        self.thresholds = thresholds
        self.credits = credits
        self.voids = voids
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        kind = try container.decode(String.self, forKey: .kind)
        thresholds = try container.decode([ThresholdChange].self, forKey: .thresholds)
        credits = try container.decode([CreditCreation].self, forKey: .credits)
        voids = try container.decodeIfPresent([CreditVoid].self, forKey: .voids) ?? []
    }

    enum CodingKeys: String, CodingKey {
        case version, kind, thresholds, credits, voids
    }

    /// Whether applying the plan writes anything.
    package var hasChanges: Bool { !thresholds.isEmpty || !credits.isEmpty || !voids.isEmpty }

    /// How many writes applying the plan takes.
    package var changeCount: Int { thresholds.count + credits.count + voids.count }

    /// The kinds of change the plan holds, as `--fail-on` names them.
    package var actionKinds: Set<BillingActionKind> {
        var kinds: Set<BillingActionKind> = []
        for change in thresholds {
            switch change.action {
            case .set: kinds.insert(.set)
            case .change: kinds.insert(.change)
            case .remove: kinds.insert(.remove)
            }
        }
        if !credits.isEmpty { kinds.insert(.credit) }
        if !voids.isEmpty { kinds.insert(.void) }
        return kinds
    }
}

/// A kind of billing change, as `tariff billing plan --fail-on` names it: the threshold actions
/// (`set`, `change`, `remove`), `credit` (a credit to give) and `void` (a grant to void).
package enum BillingActionKind: String, Sendable, Hashable, CaseIterable {
    case set, change, remove, credit, void
}

/// A subscription's `billing_thresholds`: invoice as soon as the amount due reaches `amountGTE`.
package struct SpendingThreshold: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Minor units of the subscription's currency.
    package var amountGTE: Int
    package var resetBillingCycleAnchor: Bool

    package init(amountGTE: Int, resetBillingCycleAnchor: Bool) {
        self.amountGTE = amountGTE
        self.resetBillingCycleAnchor = resetBillingCycleAnchor
    }

    enum CodingKeys: String, CodingKey {
        case amountGTE = "amount_gte"
        case resetBillingCycleAnchor = "reset_billing_cycle_anchor"
    }

    /// `amount_gte 50000` or `amount_gte 50000, reset anchor`.
    package var description: String {
        "amount_gte \(amountGTE)" + (resetBillingCycleAnchor ? ", reset anchor" : "")
    }
}

/// One subscription's threshold change.
package struct ThresholdChange: Sendable, Hashable, Codable {
    /// `set` (none before), `change` (another amount, or one Tariff did not set), `remove`
    /// (the product no longer declares `payg:`; only thresholds Tariff set are removed).
    package enum Action: String, Sendable, Hashable, Codable {
        case set, change, remove
    }

    package var action: Action
    /// `products.<key>`: the product whose `payg:` asks for the threshold (or asked, on remove).
    package var address: String
    /// `file:line:col` of the product's `payg:`; nil on remove (the YAML no longer has it).
    package var location: String?
    package var subscription: String
    package var customer: String
    package var current: SpendingThreshold?
    package var wanted: SpendingThreshold?

    package init(
        action: Action, address: String, location: String?, subscription: String, customer: String,
        current: SpendingThreshold?, wanted: SpendingThreshold?
    ) {
        self.action = action
        self.address = address
        self.location = location
        self.subscription = subscription
        self.customer = customer
        self.current = current
        self.wanted = wanted
    }
}
