package import TariffDiagnostics

/// Why an action is in the plan, in words a reviewer can check against the YAML.
package struct ActionReason: Sendable, Hashable {
    package var kind: ReasonKind
    /// A sentence such as "unit_amount changed from 0.2 to 0.3 (create-only on prices)".
    package var message: String
    /// The Stripe field concerned, when there is one (`unit_amount`, `recurring.meter`).
    package var field: String?
    /// The YAML text responsible (the changed field, the `active: false`, the meter entry).
    package var range: SourceRange?

    package init(_ kind: ReasonKind, _ message: String, field: String? = nil, range: SourceRange? = nil) {
        self.kind = kind
        self.message = message
        self.field = field
        self.range = range
    }
}

/// The kinds of reason, so renderers and policies can group them.
package enum ReasonKind: String, Sendable, Hashable, CaseIterable {
    /// Declared in the YAML but missing from the account.
    case missing
    /// The YAML changed a field (or a field drifted in the Dashboard; see `drift`).
    case changed
    /// The live object was edited, archived or deleted outside Tariff.
    case drift
    /// A create-only field changed, so the object must be replaced.
    case forcesReplacement = "forces_replacement"
    /// The object is replaced because an object it depends on is (a price on a replaced meter).
    case cascade
    /// The YAML declares `active: false`.
    case declaredInactive = "declared_inactive"
    /// `--prune`: managed, but the YAML no longer declares it.
    case pruned
    /// The price was replaced and its `on_change` policy moves subscribers.
    case onChangePolicy = "on_change_policy"
    /// The object matches a declared natural key but lacks Tariff's marker.
    case unmarked
    /// An earlier version of a managed price is still active beside the one holding the lookup key
    /// (a replacement interrupted before its archive step).
    case superseded
}
