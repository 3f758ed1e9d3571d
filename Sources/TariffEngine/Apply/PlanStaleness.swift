/// Why a saved plan may no longer be applied: what changed since it was made.
///
/// `apply --plan` re-reads the account and compares: the account, mode, API version and config
/// digest of the context, and the fingerprint of every object the saved plan read (changed,
/// gone, or new since). A fresh plan from the same config must also propose the same actions.
package enum PlanStaleness {
    /// Every difference, one line each; empty when the saved plan is still current.
    package static func differences(saved: SavedPlan, current: ApplyPlanner.Planned) -> [String] {
        var problems: [String] = []
        let old = saved.context
        let new = current.plan.context
        if old.accountID != new.accountID {
            problems.append(
                "account: the plan was made for \(old.accountID ?? "an unread account (restricted key)"), "
                    + "the key now reaches \(new.accountID ?? "an unread account (restricted key)")")
        }
        if old.mode != new.mode {
            problems.append(
                "mode: the plan was made in \(old.mode.rawValue) mode, the key is \(new.mode.rawValue)")
        }
        if old.apiVersion != new.apiVersion {
            problems.append(
                "API version: the plan used \(old.apiVersion ?? "the account default"), now \(new.apiVersion ?? "the account default")"
            )
        }
        if old.configDigest != new.configDigest {
            problems.append("config: the YAML changed since the plan was made (config digest differs)")
        }
        if old.prune != new.prune {
            problems.append("prune: the plan was made \(old.prune ? "with" : "without") --prune")
        }
        problems += objectDifferences(saved: saved.fingerprints, current: current.fingerprints)
        if problems.isEmpty {
            let savedActions = saved.actions.map { "\($0.kind.rawValue) \($0.address.path)" }
            let freshActions = current.plan.actions.map { "\($0.kind.rawValue) \($0.address.path)" }
            if savedActions != freshActions {
                problems.append(
                    "actions: planning again now gives different actions (\(freshActions.count) instead of \(savedActions.count))"
                )
            }
        }
        return problems
    }

    /// Objects changed, gone or new since the saved fingerprints were taken.
    static func objectDifferences(saved: [ObjectFingerprint], current: [ObjectFingerprint]) -> [String] {
        func name(_ print: ObjectFingerprint) -> String { "\(print.resource.rawValue) \(print.id)" }
        let before = Dictionary(saved.map { (name($0), $0.digest) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(current.map { (name($0), $0.digest) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        for key in before.keys.sorted() {
            guard let digest = now[key] else {
                lines.append("\(key) is gone or no longer read")
                continue
            }
            if digest != before[key] { lines.append("\(key) changed since the plan was made") }
        }
        // Subscriptions are read only for touched prices, so only catalog objects count as new.
        for print in current where before[name(print)] == nil && print.resource != .subscription {
            lines.append("\(name(print)) appeared since the plan was made")
        }
        return lines
    }
}

/// What `apply --plan` reads back from a saved plan: its context, the fingerprints of what it
/// read, and the kind and address of each action it proposed.
package struct SavedPlan: Sendable, Hashable {
    package var context: PlanContext
    package var fingerprints: [ObjectFingerprint]
    package var actions: [ActionKey]

    /// An action's identity in the plan: what it does to which YAML entry.
    package struct ActionKey: Sendable, Hashable {
        package var kind: ActionKind
        package var address: ResourceAddress

        package init(kind: ActionKind, address: ResourceAddress) {
            self.kind = kind
            self.address = address
        }
    }

    package init(context: PlanContext, fingerprints: [ObjectFingerprint], actions: [ActionKey]) {
        self.context = context
        self.fingerprints = fingerprints
        self.actions = actions
    }

    /// The header of a plan made in this process (tests, and plans never written to a file).
    package init(_ plan: Plan) {
        self.init(
            context: plan.context, fingerprints: plan.fingerprints,
            actions: plan.actions.map { ActionKey(kind: $0.kind, address: $0.address) })
    }
}
