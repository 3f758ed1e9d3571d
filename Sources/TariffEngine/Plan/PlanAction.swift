package import TariffDiagnostics

/// One step of a plan: one operation on one Stripe object (or on the subscriptions of one price).
///
/// `operation` says what apply does, with exactly its payload; `kind`, `resource`, `step` and the
/// other read-only views below are derived from it for the renderers. `changes` lists the fields
/// that differ (every field the YAML sets, for a create); `reasons` say why the action exists
/// (declared in the YAML, drift, a field forcing replacement, a cascade from a replaced meter,
/// `--prune`).
package struct PlanAction: Sendable, Hashable {
    package var operation: PlanOperation
    package var address: ResourceAddress
    /// A human label for the object: a product's name, a price's nickname or lookup key, a meter's
    /// display name, a webhook's URL.
    package var label: String
    package var reasons: [ActionReason]
    /// Field-level before → after. For a create every declared field has `before == nil`; for an
    /// archive the `active` (or meter `status`) field.
    package var changes: [FieldChange]
    /// The YAML entry the action came from; `nil` for a pruned object the YAML no longer declares.
    package var range: SourceRange?

    package init(
        _ operation: PlanOperation, address: ResourceAddress, label: String, reasons: [ActionReason] = [],
        changes: [FieldChange] = [], range: SourceRange? = nil
    ) {
        self.operation = operation
        self.address = address
        self.label = label
        self.reasons = reasons
        self.changes = changes
        self.range = range
    }

    /// What the action does, with Terraform's symbols.
    package var kind: ActionKind { operation.kind }
    package var resource: ResourceKind { operation.resource }
    /// The apply stage the action belongs to; actions are sorted by it.
    package var step: PlanStep { operation.step }
    /// The live object the action changes (update, archive, adopt, the old object of a replace,
    /// the replaced price of a migration); `nil` for a create.
    package var liveID: String? { operation.liveID }

    /// The desired object the action sends or follows: the created, updated, adopted or new
    /// object, the declared product of a default-price change, the successor of an archived
    /// earlier price version.
    package var desired: DesiredObject? {
        switch operation {
        case .create(let object), .update(_, let object), .adopt(_, let object): object
        case .defaultPrice(_, let declared): declared.map(DesiredObject.product)
        case .replace(let object, _): object.desired
        case .archive(.price(_, _, let successor?)): .price(successor)
        case .archive, .migrate: nil
        }
    }

    /// What replacing involves (`replace` only).
    package var replacement: Replacement? {
        if case .replace(_, let replacement) = operation { replacement } else { nil }
    }

    /// The subscription items to move (`migrate` only).
    package var migration: Migration? {
        if case .migrate(let migration, _) = operation { migration } else { nil }
    }

    /// The subscriptions on the price: a replaced or archived price once the subscriber stage
    /// ran, and every migration; `nil` for other resources.
    package var impact: SubscriberImpact? {
        switch operation {
        case .replace(.price(_, let impact), _), .archive(.price(_, let impact, _)): impact
        case .migrate(_, let impact): impact
        case .create, .update, .defaultPrice, .replace(.meter, _), .archive, .adopt: nil
        }
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
