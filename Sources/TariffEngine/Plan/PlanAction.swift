package import TariffDiagnostics

/// One step of a plan: a change to one Stripe object (or to the subscriptions on one price).
///
/// `changes` lists the fields that differ (every field the YAML sets, for a create); `reasons` say
/// why the action exists (declared in the YAML, drift, a field forcing replacement, a cascade from a
/// replaced meter, `--prune`). Apply reads `liveID`, `desired`, `replacement` and `migration`.
package struct PlanAction: Sendable, Hashable {
    package var kind: ActionKind
    package var resource: ResourceKind
    package var address: ResourceAddress
    /// The apply stage the action belongs to; actions are sorted by it.
    package var step: PlanStep
    /// The live object the action changes (update, archive, adopt, and the old object of a
    /// replace); `nil` for a create.
    package var liveID: String?
    /// A human label for the object: a product's name, a price's nickname or lookup key, a meter's
    /// display name, a webhook's URL.
    package var label: String
    package var reasons: [ActionReason]
    /// Field-level before → after. For a create every declared field has `before == nil`; for an
    /// archive the `active` (or meter `status`) field.
    package var changes: [FieldChange]
    /// The YAML entry the action came from; `nil` for a pruned object the YAML no longer declares.
    package var range: SourceRange?
    /// The subscriptions on the price (replace, archive, migrate); `nil` for other resources.
    package var impact: SubscriberImpact?
    /// The full desired object, for create, replace and adopt (apply sends it as the create
    /// parameters) and for update (apply sends only the changed fields of it).
    package var desired: DesiredObject?
    /// What replacing involves; set only for `.replace`.
    package var replacement: Replacement?
    /// The subscription items to move; set only for `.migrate`.
    package var migration: Migration?

    package init(
        kind: ActionKind, resource: ResourceKind, address: ResourceAddress, step: PlanStep,
        liveID: String? = nil, label: String, reasons: [ActionReason] = [],
        changes: [FieldChange] = [], range: SourceRange? = nil, impact: SubscriberImpact? = nil,
        desired: DesiredObject? = nil, replacement: Replacement? = nil, migration: Migration? = nil
    ) {
        self.kind = kind
        self.resource = resource
        self.address = address
        self.step = step
        self.liveID = liveID
        self.label = label
        self.reasons = reasons
        self.changes = changes
        self.range = range
        self.impact = impact
        self.desired = desired
        self.replacement = replacement
        self.migration = migration
    }

    /// The fields whose change forces the replacement (empty unless `.replace`).
    package var forcingFields: [String] {
        changes.filter(\.forcesReplacement).map(\.field.path)
    }
}

/// What an action does, with Terraform's symbols.
package enum ActionKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `+`: a new object.
    case create
    /// `~`: changed in place.
    case update
    /// `-/+`: a new object takes over the lookup key and default price; the old one is archived.
    case replace
    /// `-`: `active=false` (meters: deactivated). Nothing is ever hard-deleted.
    case archive
    /// `~>`: subscription items move from a replaced price to its successor.
    case migrate
    /// `<=`: an existing unmarked object matching a declared natural key gets Tariff's marker.
    case adopt

    /// The symbol the text renderer prints in front of the action.
    package var symbol: String {
        switch self {
        case .create: "+"
        case .update: "~"
        case .replace: "-/+"
        case .archive: "-"
        case .migrate: "~>"
        case .adopt: "<="
        }
    }

    /// Order for summaries: the order of the cases.
    package static func < (lhs: ActionKind, rhs: ActionKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The kind of Stripe object an action touches (the JSON `resource`).
package enum ResourceKind: String, Sendable, Hashable, CaseIterable {
    case product, price, meter
    case webhookEndpoint = "webhook_endpoint"
    case subscription

    /// The word for one object of the kind in sentences (`new meter …`).
    package var noun: String {
        switch self {
        case .product: "product"
        case .price: "price"
        case .meter: "meter"
        case .webhookEndpoint: "webhook endpoint"
        case .subscription: "subscription"
        }
    }
}

/// Apply's stages (DESIGN.md §5), in the order they run: create before archive, always.
package enum PlanStep: Int, Sendable, Hashable, CaseIterable, Comparable {
    case meters, products, prices, defaultPrices, webhook, migrations, archives

    package static func < (lhs: PlanStep, rhs: PlanStep) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The stage's name in JSON and progress output.
    package var name: String {
        switch self {
        case .meters: "meters"
        case .products: "products"
        case .prices: "prices"
        case .defaultPrices: "default_prices"
        case .webhook: "webhook"
        case .migrations: "migrations"
        case .archives: "archives"
        }
    }
}
