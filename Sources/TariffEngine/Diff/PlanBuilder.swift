import TariffDiagnostics

/// The mutable worker behind ``Differ``: indexes the live state once, then walks the desired
/// resources in apply order, appending actions, unmanaged objects and diagnostics.
struct PlanBuilder {
    let desired: DesiredState
    /// The live state; its subscriptions are filled in between the catalog and subscriber stages.
    var live: LiveState
    let options: PlanOptions
    var plan: Plan
    let index: LiveIndex

    /// What the plan does to each declared meter, so prices can tell whether theirs is new.
    var meterOutcomes: [ResourceAddress: ObjectOutcome] = [:]
    /// What the plan does to each declared price, for default prices and migrations.
    var priceOutcomes: [ResourceAddress: ObjectOutcome] = [:]
    /// The live product each declared product maps to (absent when it is created).
    var productIDs: [String: String] = [:]
    /// The live webhook endpoint the declared one maps to.
    var webhookID: String?
    /// Live ids the plan claims (matched, adopted or replaced); the rest may be unmanaged.
    var claimed: Set<String> = []
    /// Actions of the archives step, kept apart so they land after everything else in the order
    /// prices → products → meters → webhook.
    var archives: [PlanAction] = []

    init(desired: DesiredState, live: LiveState, options: PlanOptions) {
        self.desired = desired
        self.live = live
        self.options = options
        self.index = LiveIndex(live: live, namespace: desired.namespace)
        self.plan = Plan(
            context: PlanContext(
                accountID: live.account.id, mode: live.account.livemode ? .live : .test,
                apiVersion: options.apiVersion, namespace: desired.namespace,
                configDigest: options.configDigest, prune: options.prune))
    }

    /// The catalog stage; false when the account check stopped planning.
    mutating func buildCatalog() -> Bool {
        guard checkAccount() else { return false }
        planMeters()
        planProducts()
        planPrices()
        planDefaultPrices()
        planWebhook()
        if options.prune { planPrune() }
        planUnsetArchivedDefaults()
        listUnmanagedAndHistory()
        plan.actions += archives.sorted { $0.resource.archiveOrder < $1.resource.archiveOrder }
        archives = []
        plan.liveIDs = matchedIDs()
        return true
    }

    /// The subscriber stage, once `live.subscriptions` holds what was read.
    mutating func buildSubscribers() {
        planSubscribers()
        auditIDMapping()
        plan.fingerprints = Fingerprints.of(live)
    }

    /// Live ids of declared objects that keep their id (matched, updated or adopted).
    func matchedIDs() -> [ResourceAddress: String] {
        var ids: [ResourceAddress: String] = [:]
        for (address, outcome) in meterOutcomes { ids[address] = outcome.liveID }
        for (address, outcome) in priceOutcomes { ids[address] = outcome.liveID }
        for (key, id) in productIDs { ids[.product(key)] = id }
        if let webhook = webhookID { ids[.webhook] = webhook }
        return ids
    }

    /// The config's `mode` and `account` against the key's account; false stops planning. A
    /// restricted key cannot read the account: its mode is the key's, and a pinned account is
    /// reported as not checked (a warning).
    mutating func checkAccount() -> Bool {
        var ok = true
        if plan.context.mode != desired.expectedMode {
            let who = live.account.id.map { "account \($0) answered" } ?? "the restricted key is"
            plan.diagnostics.append(
                Diagnostic(
                    .error, code: "plan.mode-mismatch",
                    "the config's mode is '\(desired.expectedMode.rawValue)' but "
                        + "\(who) in \(plan.context.mode.rawValue) mode",
                    at: desired.modeRange,
                    notes: [
                        DiagnosticNote(
                            "use a \(desired.expectedMode.rawValue)-mode key, or change stripe.mode")
                    ]))
            ok = false
        }
        guard let pinned = desired.expectedAccount else { return ok }
        guard let id = live.account.id else {
            plan.diagnostics.append(
                Diagnostic(
                    .warning, code: "plan.account-unchecked",
                    "the config is pinned to account '\(pinned)', which a restricted key cannot check "
                        + "(Stripe lets no restricted key read GET /v1/account)",
                    at: desired.accountRange,
                    notes: [
                        DiagnosticNote(
                            "make sure the key belongs to \(pinned); a secret key (sk_…) would check it")
                    ]))
            return ok
        }
        if pinned != id {
            plan.diagnostics.append(
                Diagnostic(
                    .error, code: "plan.account-mismatch",
                    "the config is pinned to account '\(pinned)' but the key belongs to \(id)",
                    at: desired.accountRange))
            ok = false
        }
        return ok
    }

    /// Appends an action, routing archives to the end of the plan.
    mutating func add(_ action: PlanAction) {
        if let id = action.liveID { claimed.insert(id) }
        if action.step == .archives {
            archives.append(action)
        } else {
            plan.actions.append(action)
        }
    }

    /// Records an error that refuses the plan, pointing at the YAML.
    mutating func error(
        _ code: String, _ message: String, at range: SourceRange?, notes: [DiagnosticNote] = []
    ) {
        plan.diagnostics.append(Diagnostic(.error, code: code, message, at: range, notes: notes))
    }

    /// Refuses replacing or archiving a `protected: true` resource.
    mutating func refuseIfProtected(
        _ isProtected: Bool, kind: ActionKind, address: ResourceAddress, at range: SourceRange?,
        protectedRange: SourceRange?
    ) {
        guard isProtected else { return }
        let verb = kind == .replace ? "replace" : "archive"
        error(
            "plan.protected", "\(address) is protected: the plan would \(verb) it",
            at: protectedRange ?? range,
            notes: [
                DiagnosticNote(
                    "remove 'protected: true' to allow this, or undo the change that forces it", at: range)
            ])
    }
}

/// What the plan does to a declared object.
enum ObjectOutcome: Equatable {
    /// Left as is or updated in place: the id stays.
    case kept(id: String)
    /// Created or replaced: the new id exists only after apply.
    case new(replacing: String?)
    /// Declared `active: false` (or absent and inactive): nothing to point at.
    case inactive

    var liveID: String? {
        if case .kept(let id) = self { id } else { nil }
    }
}

extension ResourceKind {
    /// Archive order: prices before their products, products before meters, the webhook last.
    var archiveOrder: Int {
        switch self {
        case .subscription: 0
        case .price: 1
        case .product: 2
        case .meter: 3
        case .webhookEndpoint: 4
        }
    }
}
