package import Foundation
package import TariffEngine

/// The JSON plan, format version 2 (`tariff plan --format json`, `--out plan.json`).
///
/// Encoded from these `…V1` types, never from the engine's, so that engine refactors cannot change
/// the format (STYLE.md habit 5); any change to its shape bumps ``currentFormatVersion`` and is
/// listed in CHANGELOG.md. Encode-only: the engine never reads a plan back. The document carries
/// what a pipeline needs to gate on a plan (`summary`, every action's `kind`, `resource`,
/// `address`, `reasons`, `before`/`after` and `subscribers`, with what apply will send:
/// `desired`, `replacement`, `migration`) and the header `apply --plan` reads to refuse a stale
/// plan before planning again (``SavedPlanHeaderV1``: `account`, `mode`, `api_version`,
/// `config_digest`, `prune`, `fingerprints`, each action's `kind` and `address`). It holds no secret: the API key never
/// reaches the engine's plan, and a webhook's signing secret exists only after apply.
/// Keys are sorted; optional keys are left out when absent, except in `changes[]` and tiers, where
/// `null` is meaningful.
package struct PlanDocumentV1: Sendable, Hashable, Encodable {
    /// Always ``currentFormatVersion``.
    package var formatVersion: String

    /// The format this build writes (and the only one ``SavedPlanHeaderV1`` reads): `"2"` added
    /// `statistics.subscription_reads`.
    package static let currentFormatVersion = "2"
    /// The Stripe account id (`acct_…`) the plan was made against; absent when a restricted key
    /// made it (such keys cannot read the account).
    package var account: String?
    /// `test` or `live`.
    package var mode: String
    /// The `Stripe-Version` sent; absent when the account's default was used.
    package var apiVersion: String?
    package var namespace: String?
    /// SHA-256 (hex) of the config's canonical text.
    package var configDigest: String
    /// Whether `--prune` was on.
    package var prune: Bool
    package var summary: SummaryV1
    package var actions: [ActionV1]
    package var unmanaged: [UnmanagedV1]
    package var history: [HistoryV1]
    package var audit: [AuditFindingV1]
    /// Problems found while planning; a plan with an `error` must not be applied.
    package var diagnostics: [PlanDiagnosticV1]
    /// One digest per live object read, sorted by resource and id.
    package var fingerprints: [FingerprintV1]
    package var statistics: StatisticsV1

    enum CodingKeys: String, CodingKey {
        case account, mode, namespace, prune, summary, actions, unmanaged, history, audit
        case diagnostics, fingerprints, statistics
        case formatVersion = "format_version"
        case apiVersion = "api_version"
        case configDigest = "config_digest"
    }

    /// Converts a plan, keeping the order of its actions and lists.
    package init(_ plan: Plan) {
        formatVersion = Self.currentFormatVersion
        account = plan.context.accountID
        mode = plan.context.mode.rawValue
        apiVersion = plan.context.apiVersion
        namespace = plan.context.namespace
        configDigest = plan.context.configDigest
        prune = plan.context.prune
        summary = SummaryV1(plan)
        actions = plan.actions.map(ActionV1.init)
        unmanaged = plan.unmanaged.map(UnmanagedV1.init)
        history = plan.history.map(HistoryV1.init)
        audit = plan.findings.map(AuditFindingV1.init)
        diagnostics = plan.diagnostics.map(PlanDiagnosticV1.init)
        fingerprints = plan.fingerprints.sorted().map(FingerprintV1.init)
        statistics = StatisticsV1(plan.statistics)
    }

    /// The document as pretty-printed JSON with sorted keys, ending in a newline: stable output for
    /// reviews, diffs and golden tests.
    package func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// Counts of actions per kind, every kind always present, plus the subscriptions migrations move.
package struct SummaryV1: Sendable, Hashable, Encodable {
    package var create: Int
    package var update: Int
    package var replace: Int
    package var archive: Int
    package var migrate: Int
    package var adopt: Int
    package var subscriptionsToMigrate: Int
    /// Whether anything is replaced, archived or migrated.
    package var destructive: Bool

    enum CodingKeys: String, CodingKey {
        case create, update, replace, archive, migrate, adopt, destructive
        case subscriptionsToMigrate = "subscriptions_to_migrate"
    }

    package init(_ plan: Plan) {
        let summary = plan.summary
        create = summary.count(.create)
        update = summary.count(.update)
        replace = summary.count(.replace)
        archive = summary.count(.archive)
        migrate = summary.count(.migrate)
        adopt = summary.count(.adopt)
        subscriptionsToMigrate = SummaryText.migratedSubscriptions(plan)
        destructive = summary.isDestructive
    }
}

/// How many requests reading the live state took, against the fewest list pages it needed.
package struct StatisticsV1: Sendable, Hashable, Encodable {
    package var requests: Int
    package var minimumPages: Int
    /// How the subscriptions of touched prices were read (format 2); absent when none were.
    package var subscriptionReads: SubscriptionReadsV1?

    enum CodingKeys: String, CodingKey {
        case requests
        case minimumPages = "minimum_pages"
        case subscriptionReads = "subscription_reads"
    }

    package init(requests: Int, minimumPages: Int) {
        self.requests = requests
        self.minimumPages = minimumPages
    }

    package init(_ statistics: PlanStatistics) {
        requests = statistics.requests
        minimumPages = statistics.minimumPages
        subscriptionReads = statistics.subscriptionReads.map(SubscriptionReadsV1.init)
    }
}

/// The two strategies for reading the subscriptions of touched prices, what each needs in list
/// pages, and the one used (`per_price` or `account_wide`).
package struct SubscriptionReadsV1: Sendable, Hashable, Encodable {
    package var strategy: String
    /// Pages of one list per touched price.
    package var perPricePages: Int
    /// Pages of the account-wide `status=all` list; when `account_wide_complete` is false, the
    /// pages read before it was abandoned for the per-price lists (so it needs more).
    package var accountWidePages: Int
    package var accountWideComplete: Bool

    enum CodingKeys: String, CodingKey {
        case strategy
        case perPricePages = "per_price_pages"
        case accountWidePages = "account_wide_pages"
        case accountWideComplete = "account_wide_complete"
    }

    package init(_ reads: SubscriptionReadStatistics) {
        strategy = reads.strategy.rawValue
        perPricePages = reads.perPricePages
        accountWidePages = reads.accountWidePages
        accountWideComplete = reads.accountWideIsComplete
    }

}
