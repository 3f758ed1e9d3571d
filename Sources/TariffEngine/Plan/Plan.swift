package import TariffDiagnostics

/// The output of the diff stage: everything `tariff plan` shows and `tariff apply` executes.
///
/// The pipeline (DESIGN.md §6) is: `Config` (checked YAML) → ``DesiredState`` (the Stripe objects the
/// config declares) → ``LiveState`` (what the account holds, read through list endpoints) →
/// ``Differ`` → this value → renderers (`TariffRender`) or apply.
///
/// A plan is a pure value with no secret in it:
/// - ``context``: the account, mode, API version, namespace and config digest it was made for;
/// - ``actions``: ordered by ``PlanStep`` (meters → products → prices → default prices → webhook →
///   migrations → archives), then by the order of the YAML; each carries its reasons, field changes,
///   YAML range, subscriber impact and what apply needs (live ids, desired parameters);
/// - ``unmanaged``: live objects without Tariff's marker, listed and never changed;
/// - ``history``: archived previous versions of managed prices;
/// - ``findings``: the id-mapping audit;
/// - ``fingerprints``: one digest per live object read, so apply can detect a stale plan;
/// - ``diagnostics``: errors and warnings found while planning (a protected resource that would be
///   replaced, a mode mismatch); a plan with errors must not be applied.
package struct Plan: Sendable, Hashable {
    package var context: PlanContext
    package var actions: [PlanAction]
    package var unmanaged: [UnmanagedObject]
    package var history: [HistoricalObject]
    package var findings: [AuditFinding]
    package var fingerprints: [ObjectFingerprint]
    package var diagnostics: [Diagnostic]
    /// How many requests reading the live state took, and how many list pages those reads needed.
    package var statistics: PlanStatistics
    /// The live id of every declared object the plan matched, whether or not it has an action
    /// (apply resolves a price's meter or a product's default price through it). Objects the plan
    /// creates or replaces are absent: their ids exist only after apply.
    package var liveIDs: [ResourceAddress: String] = [:]

    package init(
        context: PlanContext, actions: [PlanAction] = [], unmanaged: [UnmanagedObject] = [],
        history: [HistoricalObject] = [], findings: [AuditFinding] = [],
        fingerprints: [ObjectFingerprint] = [], diagnostics: [Diagnostic] = [],
        statistics: PlanStatistics = PlanStatistics()
    ) {
        self.context = context
        self.actions = actions
        self.unmanaged = unmanaged
        self.history = history
        self.findings = findings
        self.fingerprints = fingerprints
        self.diagnostics = diagnostics
        self.statistics = statistics
    }

    /// Whether applying the plan would change anything in the account.
    package var hasChanges: Bool { !actions.isEmpty }

    /// Whether planning found an error (a protected resource, a wrong account, an audit error).
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Counts of actions per kind, for the summary line and the JSON `summary` object.
    package var summary: PlanSummary { PlanSummary(actions: actions) }

    /// The actions of one kind, in plan order.
    package func actions(of kind: ActionKind) -> [PlanAction] {
        actions.filter { $0.kind == kind }
    }
}

/// What a plan was made against; apply refuses to run a plan whose context no longer matches.
package struct PlanContext: Sendable, Hashable {
    /// The live account id (`acct_…`) the key belongs to; nil when the key cannot read it (a
    /// restricted key).
    package var accountID: String?
    /// `test` or `live`, from the account's answer (not from the config).
    package var mode: PlanMode
    /// The `Stripe-Version` sent with every request; `nil` uses the account's default.
    package var apiVersion: String?
    /// The ownership marker (`metadata[tariff_namespace]`); `nil` when the config sets none.
    package var namespace: String?
    /// SHA-256 (hex) of the config's canonical source text, so a saved plan names its input.
    package var configDigest: String
    /// Whether `--prune` was on (managed objects missing from the YAML are archived).
    package var prune: Bool

    package init(
        accountID: String?, mode: PlanMode, apiVersion: String? = nil, namespace: String? = nil,
        configDigest: String, prune: Bool = false
    ) {
        self.accountID = accountID
        self.mode = mode
        self.apiVersion = apiVersion
        self.namespace = namespace
        self.configDigest = configDigest
        self.prune = prune
    }
}

/// Test or live mode of the Stripe account the plan was made against.
package enum PlanMode: String, Sendable, Hashable, CaseIterable {
    case test, live
}

/// Request accounting of the live-state read (the benchmark and `--verbose` show it).
package struct PlanStatistics: Sendable, Hashable {
    /// HTTP requests sent to Stripe (retries included).
    package var requests: Int
    /// The fewest list pages (100 objects each, at least one per list) that the same reads need.
    package var minimumPages: Int
    /// How the subscriptions of touched prices were read; `nil` when none were.
    package var subscriptionReads: SubscriptionReadStatistics?

    package init(requests: Int = 0, minimumPages: Int = 0) {
        self.requests = requests
        self.minimumPages = minimumPages
    }

    package init(requests: Int, minimumPages: Int, subscriptionReads: SubscriptionReadStatistics?) {
        self.requests = requests
        self.minimumPages = minimumPages
        self.subscriptionReads = subscriptionReads
    }
}

/// The two ways to read the subscriptions of the prices a plan touches, with what each costs.
package struct SubscriptionReadStatistics: Sendable, Hashable {
    /// The strategies, by name in JSON.
    package enum Strategy: String, Sendable, Hashable, CaseIterable {
        /// One `GET /v1/subscriptions?price=…` list per touched price.
        case perPrice = "per_price"
        /// One account-wide `status=all` list, filtered locally.
        case accountWide = "account_wide"
    }

    /// The strategy used.
    package var strategy: Strategy
    /// The pages one list per touched price needs (at least one per price); exact whichever
    /// strategy ran, since the account-wide list holds every subscription.
    package var perPricePages: Int
    /// The pages of the account-wide list read; a lower bound when the read stopped at its
    /// budget (`accountWideIsComplete` false).
    package var accountWidePages: Int
    package var accountWideIsComplete: Bool

    package init(strategy: Strategy, perPricePages: Int, accountWidePages: Int, accountWideIsComplete: Bool) {
        self.strategy = strategy
        self.perPricePages = perPricePages
        self.accountWidePages = accountWidePages
        self.accountWideIsComplete = accountWideIsComplete
    }
}
