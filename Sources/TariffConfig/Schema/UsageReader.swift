import TariffDiagnostics

/// Reads `usage:`: events (preset and field paths), store, window, settle, lookback, source.
extension SchemaReader {
    /// `usage:`; `nil` when it is not a mapping or `events` is unreadable (already reported).
    mutating func readUsage(_ node: YAMLNode) -> UsageSettings? {
        guard let fields = fields(node, .usage, "'usage'") else { return nil }
        defer { finish(fields) }
        let events = required("events", in: fields).flatMap { readUsageEvents($0) }
        let store = fields.take("store").flatMap { string($0, "'usage.store'") }
        let window = fields.take("window").flatMap { enumeration($0, UsageWindow.self, "'usage.window'") }
        let settle = fields.take("settle").flatMap { duration($0, "'usage.settle'") }
        let lookback = fields.take("lookback").flatMap { duration($0, "'usage.lookback'") }
        let source = fields.take("source").flatMap { readUsageSource($0) }
        guard let events else { return nil }
        var settings = UsageSettings(events: events, source: source, range: node.range)
        if let store { settings.store = store }
        if let window { settings.window = window }
        if let settle { settings.settle = settle }
        if let lookback { settings.lookback = lookback }
        return settings
    }

    /// `usage.events: { preset, fields: { time, company, id } }`.
    private mutating func readUsageEvents(_ node: YAMLNode) -> UsageEvents? {
        guard let fields = fields(node, .usageEvents, "'usage.events'") else { return nil }
        defer { finish(fields) }
        let preset = fields.take("preset").flatMap {
            enumeration($0, EventPreset.self, "'usage.events.preset'")
        }
        var overrides = EventFieldOverrides()
        if let node = fields.take("fields"),
            let paths = self.fields(node, .usageFields, "'usage.events.fields'")
        {
            overrides.time = paths.take("time").flatMap { string($0, "'usage.events.fields.time'") }
            overrides.company = paths.take("company").flatMap { string($0, "'usage.events.fields.company'") }
            overrides.id = paths.take("id").flatMap { string($0, "'usage.events.fields.id'") }
            overrides.range = node.range
            finish(paths)
        }
        return UsageEvents(preset: preset, overrides: overrides, range: node.range)
    }

    /// `usage.source: { postgres: { url, table, columns } }`.
    private mutating func readUsageSource(_ node: YAMLNode) -> UsageSource? {
        guard let fields = fields(node, .usageSource, "'usage.source'") else { return nil }
        defer { finish(fields) }
        guard let postgresNode = required("postgres", in: fields),
            let postgres = self.fields(postgresNode, .postgresSource, "'usage.source.postgres'")
        else { return nil }
        defer { finish(postgres) }
        let url = required("url", in: postgres).flatMap {
            secretReference($0, "'usage.source.postgres.url'", example: "env:TARIFF_EVENTS_URL")
        }
        let table = required("table", in: postgres).flatMap { string($0, "'usage.source.postgres.table'") }
        var columns = PostgresColumns()
        if let node = postgres.take("columns"),
            let names = self.fields(node, .postgresColumns, "'usage.source.postgres.columns'")
        {
            let what = "a column of 'usage.source.postgres.columns'"
            if let value = names.take("time").flatMap({ string($0, what) }) { columns.time = value }
            if let value = names.take("company").flatMap({ string($0, what) }) { columns.company = value }
            columns.id = names.take("id").flatMap { string($0, what) }
            if let value = names.take("body").flatMap({ string($0, what) }) { columns.body = value }
            columns.range = node.range
            finish(names)
        }
        guard let url, let table else { return nil }
        let source = PostgresSource(url: url, table: table, columns: columns, range: postgresNode.range)
        return UsageSource(postgres: source, range: node.range)
    }

    /// A duration such as `15m`, `3d`: a positive whole number and a unit `s`, `m`, `h` or `d`.
    private mutating func duration(_ node: YAMLNode, _ what: String) -> Located<UsageDuration>? {
        guard let text = string(node, what) else { return nil }
        if let value = UsageDuration(parsing: text.value) { return Located(value, at: node.range) }
        let digits = text.value.filter { $0.isASCII && $0.isNumber }
        bag.error(
            "usage.invalid-duration",
            "'\(text.value.quotedForMessage)' is not a duration for \(what); expected a whole number "
                + "and a unit s, m, h or d, such as '15m' or '3d'",
            at: node.range, fixIt: digits.isEmpty || digits.first == "0" ? nil : digits + "m")
        return nil
    }

    /// `env:NAME` or `file:PATH`. Anything else may hold a password: it is an error whose message
    /// never repeats the value.
    mutating func secretReference(
        _ node: YAMLNode, _ what: String, example: String
    ) -> Located<SecretReference>? {
        guard let text = node.scalar?.text else {
            wrongKind(node, expected: "an 'env:NAME' or 'file:PATH' reference", what)
            return nil
        }
        if text.hasPrefix("env:"), Self.isEnvironmentName(String(text.dropFirst(4))) {
            return Located(.environment(String(text.dropFirst(4))), at: node.range)
        }
        if text.hasPrefix("file:"), text.count > 5 {
            return Located(.file(String(text.dropFirst(5))), at: node.range)
        }
        bag.error(
            "usage.literal-secret",
            "\(what) must be a reference, 'env:NAME' or 'file:PATH', never the value itself: a "
                + "connection URL usually holds a password",
            at: node.range, fixIt: example)
        return nil
    }
}
