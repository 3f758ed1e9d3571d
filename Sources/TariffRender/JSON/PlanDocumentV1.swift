public import Foundation
public import TariffEngine

/// The JSON plan, format version 1 (`tariff plan --format json`, `--out plan.json`).
///
/// Encoded from these `…V1` types, never from the engine's, so that engine refactors cannot change
/// the format (STYLE.md habit 5); a breaking change gets a `…V2`. The document carries what a
/// pipeline needs to gate on a plan (`summary`, every action's `kind`, `resource`, `address`,
/// `reasons`, `before`/`after` and `subscribers`) and what `apply --plan` needs to execute it later
/// and to refuse it when stale (`account`, `mode`, `api_version`, `config_digest`, `fingerprints`,
/// each action's `desired`, `replacement` and `migration`). It holds no secret: the API key never
/// reaches the engine's plan, and a webhook's signing secret exists only after apply.
/// Keys are sorted; optional keys are left out when absent, except in `changes[]` and tiers, where
/// `null` is meaningful.
public struct PlanDocumentV1: Sendable, Hashable, Codable {
    /// Always `"1"`.
    public var formatVersion: String
    /// The Stripe account id (`acct_…`) the plan was made against; absent when a restricted key
    /// made it (such keys cannot read the account).
    public var account: String?
    /// `test` or `live`.
    public var mode: String
    /// The `Stripe-Version` sent; absent when the account's default was used.
    public var apiVersion: String?
    public var namespace: String?
    /// SHA-256 (hex) of the config's canonical text.
    public var configDigest: String
    /// Whether `--prune` was on.
    public var prune: Bool
    public var summary: SummaryV1
    public var actions: [ActionV1]
    public var unmanaged: [UnmanagedV1]
    public var history: [HistoryV1]
    public var audit: [AuditFindingV1]
    /// Problems found while planning; a plan with an `error` must not be applied.
    public var diagnostics: [PlanDiagnosticV1]
    /// One digest per live object read, sorted by resource and id.
    public var fingerprints: [FingerprintV1]
    public var statistics: StatisticsV1

    enum CodingKeys: String, CodingKey {
        case account, mode, namespace, prune, summary, actions, unmanaged, history, audit
        case diagnostics, fingerprints, statistics
        case formatVersion = "format_version"
        case apiVersion = "api_version"
        case configDigest = "config_digest"
    }

    /// Converts a plan, keeping the order of its actions and lists.
    public init(_ plan: Plan) {
        formatVersion = "1"
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
        statistics = StatisticsV1(
            requests: plan.statistics.requests, minimumPages: plan.statistics.minimumPages)
    }

    /// The plan this document describes, for `apply --plan`.
    ///
    /// - Throws: ``PlanDocumentError`` for a `format_version` other than `"1"` or a value this
    ///   version does not know (an action kind, a resource, a policy, a malformed amount).
    public func plan() throws -> Plan {
        guard formatVersion == "1" else {
            throw PlanDocumentError(field: "format_version", value: formatVersion)
        }
        let context = PlanContext(
            accountID: account, mode: try PlanDocumentError.decode(PlanMode.self, mode, field: "mode"),
            apiVersion: apiVersion, namespace: namespace, configDigest: configDigest, prune: prune)
        return Plan(
            context: context, actions: try actions.map { try $0.planAction() },
            unmanaged: try unmanaged.map { try $0.engineValue() },
            history: try history.map { try $0.engineValue() },
            findings: try audit.map { try $0.engineValue() },
            fingerprints: try fingerprints.map { try $0.engineValue() },
            diagnostics: try diagnostics.map { try $0.engineValue() },
            statistics: PlanStatistics(requests: statistics.requests, minimumPages: statistics.minimumPages))
    }

    /// The document as pretty-printed JSON with sorted keys, ending in a newline: stable output for
    /// reviews, diffs and golden tests.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a document written by ``jsonData()`` (or any JSON of the same shape).
    public static func decode(from data: Data) throws -> PlanDocumentV1 {
        try JSONDecoder().decode(PlanDocumentV1.self, from: data)
    }
}

/// Counts of actions per kind, every kind always present, plus the subscriptions migrations move.
public struct SummaryV1: Sendable, Hashable, Codable {
    public var create: Int
    public var update: Int
    public var replace: Int
    public var archive: Int
    public var migrate: Int
    public var adopt: Int
    public var subscriptionsToMigrate: Int
    /// Whether anything is replaced, archived or migrated.
    public var destructive: Bool

    enum CodingKeys: String, CodingKey {
        case create, update, replace, archive, migrate, adopt, destructive
        case subscriptionsToMigrate = "subscriptions_to_migrate"
    }

    public init(_ plan: Plan) {
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
public struct StatisticsV1: Sendable, Hashable, Codable {
    public var requests: Int
    public var minimumPages: Int

    enum CodingKeys: String, CodingKey {
        case requests
        case minimumPages = "minimum_pages"
    }

    public init(requests: Int, minimumPages: Int) {
        self.requests = requests
        self.minimumPages = minimumPages
    }
}
