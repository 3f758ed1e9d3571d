import TariffEngine

/// The one-line summary both human renderers start with, Terraform's "Plan: …" line in Tariff's
/// terms: `Plan: 3 to create, 1 to update, 1 to replace, 0 to archive, 2 subscriptions to migrate.`
enum SummaryText {
    /// The summary line, or the no-change sentence for an empty plan. Adoptions are named only
    /// when there are some, so the everyday line stays short.
    static func line(for plan: Plan) -> String {
        guard plan.hasChanges else { return noChanges }
        let summary = plan.summary
        var parts = [
            "\(summary.count(.create)) to create",
            "\(summary.count(.update)) to update",
            "\(summary.count(.replace)) to replace",
            "\(summary.count(.archive)) to archive",
        ]
        if summary.count(.adopt) > 0 {
            parts.append("\(summary.count(.adopt)) to adopt")
        }
        parts.append("\(ImpactText.subscriptions(migratedSubscriptions(plan))) to migrate")
        return "Plan: " + parts.joined(separator: ", ") + "."
    }

    /// What an empty plan says.
    static let noChanges = "No changes. Your Stripe account matches the configuration."

    /// Subscriptions moved by all migrate actions together.
    static func migratedSubscriptions(_ plan: Plan) -> Int {
        plan.actions(of: .migrate).reduce(0) { $0 + ImpactText.migratedCount($1) }
    }

    /// `acct_123 (test mode), Stripe API 2026-10-28.endive, namespace "acme"`: what the plan was
    /// made against.
    static func context(_ context: PlanContext) -> String {
        var parts = [
            "\(context.accountID.map { "account \($0)" } ?? "account not read (restricted key)") "
                + "(\(context.mode.rawValue) mode)"
        ]
        parts.append("Stripe API \(context.apiVersion ?? "account default")")
        if let namespace = context.namespace {
            parts.append("namespace \(ValueText.quoted(namespace))")
        }
        if context.prune {
            parts.append("--prune")
        }
        return parts.joined(separator: ", ")
    }

    /// The verb Terraform would use beside an address: `will be created`, `must be replaced`.
    static func verb(_ kind: ActionKind) -> String {
        switch kind {
        case .create: "will be created"
        case .update: "will be updated in place"
        case .replace: "must be replaced"
        case .archive: "will be archived"
        case .migrate: "will be migrated"
        case .adopt: "will be adopted"
        }
    }

    /// The resource's name in prose (`webhook endpoint`).
    static func noun(_ resource: ResourceKind) -> String {
        switch resource {
        case .product: "product"
        case .price: "price"
        case .meter: "meter"
        case .webhookEndpoint: "webhook endpoint"
        case .subscription: "subscriptions"
        }
    }
}
