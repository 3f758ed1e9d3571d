package import TariffEngine

/// One action of the JSON plan.
///
/// `before` and `after` map each changed field to its value (a field missing from `before` was
/// absent on Stripe; missing from `after`, the YAML removes it), as Terraform's JSON plan does;
/// `changes` says the same field by field with the replacement and drift flags and the YAML
/// location, in plan order. `desired`, `replacement` and `migration` carry what `apply --plan`
/// needs to execute the action.
package struct ActionV1: Sendable, Hashable, Encodable {
    /// `create`, `update`, `replace`, `archive`, `migrate` or `adopt`.
    package var kind: String
    /// `product`, `price`, `meter`, `webhook_endpoint` or `subscription`.
    package var resource: String
    /// The YAML address (`products.search_api.prices.search_usage`).
    package var address: String
    /// The apply stage (`meters`, `products`, `prices`, `default_prices`, `webhook`,
    /// `migrations`, `archives`).
    package var step: String
    package var liveID: String?
    package var label: String
    package var reasons: [ReasonV1]
    package var before: [String: ValueV1]
    package var after: [String: ValueV1]
    package var changes: [ChangeV1]
    /// The fields whose change forces a replacement.
    package var forcesReplacement: [String]
    package var location: LocationV1?
    package var subscribers: SubscribersV1?
    package var desired: DesiredObjectV1?
    package var replacement: ReplacementV1?
    package var migration: MigrationV1?

    enum CodingKeys: String, CodingKey {
        case kind, resource, address, step, label, reasons, before, after, changes, location
        case subscribers, desired, replacement, migration
        case liveID = "live_id"
        case forcesReplacement = "forces_replacement"
    }

    package init(_ action: PlanAction) {
        kind = action.kind.rawValue
        resource = action.resource.rawValue
        address = action.address.path
        step = action.step.name
        liveID = action.liveID
        label = action.label
        reasons = action.reasons.map(ReasonV1.init)
        changes = action.changes.map(ChangeV1.init)
        before = Dictionary(
            action.changes.compactMap { change in change.before.map { (change.field.path, ValueV1($0)) } },
            uniquingKeysWith: { first, _ in first })
        after = Dictionary(
            action.changes.compactMap { change in change.after.map { (change.field.path, ValueV1($0)) } },
            uniquingKeysWith: { first, _ in first })
        forcesReplacement = action.forcingFields
        location = action.range.locationV1
        subscribers = action.impact.map(SubscribersV1.init)
        desired = action.desired.map(DesiredObjectV1.init)
        replacement = action.replacement.map(ReplacementV1.init)
        migration = action.migration.map(MigrationV1.init)
    }

}

/// Why an action exists: a kind (`missing`, `changed`, `drift`, `forces_replacement`, `cascade`,
/// `declared_inactive`, `pruned`, `on_change_policy`, `unmarked`) and a sentence.
package struct ReasonV1: Sendable, Hashable, Encodable {
    package var kind: String
    package var message: String
    package var field: String?
    package var location: LocationV1?

    package init(_ reason: ActionReason) {
        kind = reason.kind.rawValue
        message = reason.message
        field = reason.field
        location = reason.range.locationV1
    }

}

/// One changed field.
package struct ChangeV1: Sendable, Hashable, Encodable {
    package var field: String
    package var before: ValueV1?
    package var after: ValueV1?
    package var forcesReplacement: Bool
    package var drift: Bool
    package var location: LocationV1?

    enum CodingKeys: String, CodingKey {
        case field, before, after, drift, location
        case forcesReplacement = "forces_replacement"
    }

    package init(_ change: FieldChange) {
        field = change.field.path
        before = change.before.map(ValueV1.init)
        after = change.after.map(ValueV1.init)
        forcesReplacement = change.forcesReplacement
        drift = change.isDrift
        location = change.range.locationV1
    }

    /// `before` and `after` are always written (`null` when absent), so a reader never has to
    /// guess whether a missing key means "absent" or "not reported".
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(forcesReplacement, forKey: .forcesReplacement)
        try container.encode(drift, forKey: .drift)
        try container.encodeIfPresent(location, forKey: .location)
    }

}
