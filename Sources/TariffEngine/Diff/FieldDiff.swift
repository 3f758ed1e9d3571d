import TariffDiagnostics

/// Collects the field-level differences of one object.
struct FieldDiff {
    var changes: [FieldChange] = []
    /// Where each field is written in the YAML.
    let ranges: [String: SourceRange]

    init(ranges: [String: SourceRange] = [:]) {
        self.ranges = ranges
    }

    /// Records `field` when the live and desired values differ.
    mutating func compare(
        _ field: String, live: PlanValue?, desired: PlanValue?, forcesReplacement: Bool = false
    ) {
        guard live != desired else { return }
        changes.append(
            FieldChange(
                field: field, before: live, after: desired, forcesReplacement: forcesReplacement,
                range: ranges[field]))
    }

    /// Compares optional strings, `nil` and `""` alike (Stripe's emptyable fields).
    mutating func compare(_ field: String, live: String?, desired: String?, forcesReplacement: Bool = false) {
        compare(
            field, live: live.nilIfEmpty.map(PlanValue.string),
            desired: desired.nilIfEmpty.map(PlanValue.string),
            forcesReplacement: forcesReplacement)
    }

    /// Compares the metadata keys Tariff manages: the YAML's keys and the markers. Keys someone
    /// added in the Dashboard are left alone; they are not Tariff's to remove.
    mutating func compareMetadata(live: [String: String], desired: [String: String]) {
        for key in desired.keys.sorted() where live[key] != desired[key] {
            let field = "metadata.\(key)"
            changes.append(
                FieldChange(
                    field: field, before: live[key].map(PlanValue.string),
                    after: desired[key].map(PlanValue.string),
                    range: ranges[field]))
        }
    }

    /// Whether any recorded change forces a replacement.
    var forcesReplacement: Bool { changes.contains(where: \.forcesReplacement) }

    /// Every field as a create shows it: `before` nil.
    static func creation(_ values: [(String, PlanValue?)], ranges: [String: SourceRange]) -> [FieldChange] {
        values.compactMap { field, value in
            value.map { FieldChange(field: field, before: nil, after: $0, range: ranges[field]) }
        }
    }
}
