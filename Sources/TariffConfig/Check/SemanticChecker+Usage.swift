import TariffDiagnostics

/// Rules for `usage:`.
extension SemanticChecker {
    /// The event fields resolve to valid paths; the durations fit together and Stripe's 35 days;
    /// a PostgreSQL source names a plain table and plain columns.
    mutating func checkUsage(_ usage: UsageSettings) {
        checkUsageFields(usage.events)
        checkNotEmpty(usage.store, code: "usage.empty-store", "'usage.store'")
        let lookback = usage.lookback
        if lookback.value.seconds > UsageSettings.maximumLookback.seconds {
            bag.error(
                "usage.lookback-too-long",
                "'usage.lookback' is \(lookback.value); Stripe accepts meter events at most 35 days "
                    + "old, so lookback can be at most '35d'",
                at: lookback.range ?? usage.range, fixIt: "35d")
        }
        let window = usage.window.value
        if lookback.value.seconds < window.seconds {
            bag.error(
                "usage.lookback-too-short",
                "'usage.lookback' is \(lookback.value), shorter than one \(window.rawValue) window; "
                    + "set it to at least '\(window == .hour ? "1h" : "1d")'",
                at: lookback.range ?? usage.range)
        }
        if usage.settle.value.seconds >= lookback.value.seconds {
            bag.error(
                "usage.settle-too-long",
                "'usage.settle' is \(usage.settle.value), not shorter than 'usage.lookback' "
                    + "(\(lookback.value)): no window would ever be settled inside the lookback",
                at: usage.settle.range ?? lookback.range ?? usage.range)
        }
        if let postgres = usage.source?.postgres { checkPostgresSource(postgres) }
    }

    /// `time` and `company` come from the preset or `fields:`; every path is dotted names.
    private mutating func checkUsageFields(_ events: UsageEvents) {
        let presets = EventPreset.allCases.map(\.rawValue).listedWithOr
        for (name, path) in [("time", events.fields.time), ("company", events.fields.company)]
        where path == nil {
            bag.error(
                "usage.field-missing",
                "'usage.events' does not say which event field holds the \(name); set 'preset' "
                    + "(\(presets)) or 'fields.\(name)' to a dotted path",
                at: events.range)
        }
        let overrides = events.overrides
        for path in [overrides.time, overrides.company, overrides.id].compactMap({ $0 })
        where !Self.isFieldPath(path.value) {
            bag.error(
                "usage.invalid-field",
                "'\(path.value.quotedForMessage)' is not an event field path; expected dotted names "
                    + "such as 'request.time'",
                at: path.range)
        }
    }

    /// `table` is `name` or `schema.name`; columns are plain SQL identifiers.
    private mutating func checkPostgresSource(_ source: PostgresSource) {
        let parts = source.table.value.split(separator: ".", omittingEmptySubsequences: false)
        if !(1...2).contains(parts.count) || !parts.allSatisfy({ Self.isSQLIdentifier(String($0)) }) {
            bag.error(
                "usage.invalid-table",
                "'\(source.table.value.quotedForMessage)' is not a table name; expected 'table' or "
                    + "'schema.table' of letters, digits and '_'",
                at: source.table.range)
        }
        let columns = source.columns
        for column in [columns.time, columns.company, columns.body] + [columns.id].compactMap({ $0 })
        where !Self.isSQLIdentifier(column.value) {
            bag.error(
                "usage.invalid-column",
                "'\(column.value.quotedForMessage)' is not a column name; expected letters, digits "
                    + "and '_', not starting with a digit",
                at: column.range ?? columns.range)
        }
    }

    /// 1–63 characters of `[A-Za-z0-9_]`, not starting with a digit (PostgreSQL's limit).
    static func isSQLIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first), text.count <= 63 else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
        }
    }
}
