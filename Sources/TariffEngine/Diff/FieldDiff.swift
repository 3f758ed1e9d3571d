import TariffDiagnostics

/// Collects the field-level differences of one object, as typed ``FieldChange``s.
struct FieldDiff {
    var changes: [FieldChange] = []
    /// Where each field is written in the YAML, by path.
    let ranges: [String: SourceRange]

    init(ranges: [String: SourceRange] = [:]) {
        self.ranges = ranges
    }

    /// Records `field` when the live and desired values differ; a create-only field forces a
    /// replacement.
    mutating func compare(_ field: PlanField, live: PlanValue?, desired: PlanValue?) {
        guard live != desired else { return }
        append(field, before: live, after: desired, forcesReplacement: field.policy == .createOnly)
    }

    /// Compares optional strings, `nil` and `""` alike (Stripe's emptyable fields).
    mutating func compare(_ field: PlanField, live: String?, desired: String?) {
        compare(
            field, live: live.nilIfEmpty.map(PlanValue.string),
            desired: desired.nilIfEmpty.map(PlanValue.string))
    }

    /// Records a change whatever the values (drift, an `updatableOnce` field now fixed).
    mutating func append(
        _ field: PlanField, before: PlanValue?, after: PlanValue?, forcesReplacement: Bool = false,
        isDrift: Bool = false
    ) {
        changes.append(
            FieldChange(
                field: field, before: before, after: after, forcesReplacement: forcesReplacement,
                isDrift: isDrift, range: ranges[field.path]))
    }

    /// Compares metadata. Where the YAML has a `metadata:` (products, prices) it is authoritative:
    /// a live key it does not declare is removed (Stripe: `metadata[key]=`), except Tariff's own
    /// `tariff_…` keys. Where it has none (`authoritative` false: the webhook endpoint, which
    /// carries only the markers) only the markers are compared.
    mutating func compareMetadata(
        live: [String: String], desired: [String: String], authoritative: Bool = true,
        field: (String) -> PlanField
    ) {
        let undeclared = live.keys.filter {
            authoritative && desired[$0] == nil && !OwnershipMarker.isTariffKey($0)
        }
        for key in (Array(desired.keys) + undeclared).sorted() where live[key] != desired[key] {
            append(
                field(key), before: live[key].map(PlanValue.string), after: desired[key].map(PlanValue.string)
            )
        }
    }

    /// Whether any recorded change forces a replacement.
    var forcesReplacement: Bool { changes.contains(where: \.forcesReplacement) }

    /// Every field as a create shows it: `before` nil.
    static func creation(_ values: [(PlanField, PlanValue?)], ranges: [String: SourceRange]) -> [FieldChange]
    {
        values.compactMap { field, value in
            value.map { FieldChange(field: field, before: nil, after: $0, range: ranges[field.path]) }
        }
    }
}
