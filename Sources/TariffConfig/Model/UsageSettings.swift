package import TariffDiagnostics

/// The `usage:` section: where API events come from, how their fields map, and the UTC windows
/// that usage is evaluated and reported in (DESIGN.md §9, docs/config.md#usage).
package struct UsageSettings: Sendable, Hashable {
    package var events: UsageEvents
    /// The embedded store (SQLite), relative to the working directory.
    package var store: Located<String>
    /// The UTC window usage is grouped by; also the meters' `event_time_window`.
    package var window: Located<UsageWindow>
    /// A window is reported once it closed this long ago.
    package var settle: Located<UsageDuration>
    /// How far back windows are re-checked on every run; at most 35 days (Stripe's limit).
    package var lookback: Located<UsageDuration>
    /// Where events are read from instead of the store (a PostgreSQL table), if anywhere.
    package var source: UsageSource?
    /// The whole `usage:` mapping.
    package var range: SourceRange?

    package static let defaultStore = ".tariff/usage.db"
    package static let defaultSettle = UsageDuration(seconds: 15 * 60, text: "15m")
    package static let defaultLookback = UsageDuration(seconds: 3 * 86_400, text: "3d")
    /// Stripe accepts meter events at most 35 days old.
    package static let maximumLookback = UsageDuration(seconds: 35 * 86_400, text: "35d")

    package init(
        events: UsageEvents, store: Located<String> = .defaulted(defaultStore),
        window: Located<UsageWindow> = .defaulted(.hour),
        settle: Located<UsageDuration> = .defaulted(defaultSettle),
        lookback: Located<UsageDuration> = .defaulted(defaultLookback), source: UsageSource? = nil,
        range: SourceRange?
    ) {
        self.events = events
        self.store = store
        self.window = window
        self.settle = settle
        self.lookback = lookback
        self.source = source
        self.range = range
    }
}

/// `usage.events`: the shape of the API events, as a preset plus field overrides.
package struct UsageEvents: Sendable, Hashable {
    package var preset: Located<EventPreset>?
    /// The `fields:` overrides as written.
    package var overrides: EventFieldOverrides
    /// The field paths in effect: each override, else the preset's field (a defaulted value).
    /// The checker guarantees `time` and `company` resolve; `id` is optional.
    package var fields: EventFields
    package var range: SourceRange?

    package init(
        preset: Located<EventPreset>?, overrides: EventFieldOverrides, range: SourceRange?
    ) {
        self.preset = preset
        self.overrides = overrides
        self.range = range
        let base = preset?.value.fields
        fields = EventFields(
            time: overrides.time ?? base.map { Located.defaulted($0.time) },
            company: overrides.company ?? base.map { Located.defaulted($0.company) },
            id: overrides.id ?? base?.id.map { Located.defaulted($0) })
    }
}

/// `usage.events.fields`: dotted paths into each event, as written.
package struct EventFieldOverrides: Sendable, Hashable {
    package var time: Located<String>?
    package var company: Located<String>?
    package var id: Located<String>?
    package var range: SourceRange?

    package init(
        time: Located<String>? = nil, company: Located<String>? = nil, id: Located<String>? = nil,
        range: SourceRange? = nil
    ) {
        self.time = time
        self.company = company
        self.id = id
        self.range = range
    }
}

/// The resolved event field paths (`request.time`); `nil` only when neither a preset nor an
/// override names the field (an error for `time` and `company`).
package struct EventFields: Sendable, Hashable {
    package var time: Located<String>?
    package var company: Located<String>?
    /// Present when events carry an id that de-duplicates them on ingest.
    package var id: Located<String>?
}

/// `usage.window`.
package enum UsageWindow: String, Sendable, Hashable, CaseIterable {
    case hour, day

    /// The window's length in seconds (UTC has no leap seconds in Unix time).
    package var seconds: Int64 {
        switch self {
        case .hour: 3_600
        case .day: 86_400
        }
    }
}

/// A duration written `15m`, `2h`, `3d` or `30s`: a positive whole number and one unit.
package struct UsageDuration: Sendable, Hashable, CustomStringConvertible {
    package var seconds: Int64
    /// As written, for messages.
    package var text: String

    package init(seconds: Int64, text: String) {
        self.seconds = seconds
        self.text = text
    }

    /// Parses `NUMBER UNIT` with unit `s`, `m`, `h` or `d`; `nil` for anything else.
    package init?(parsing text: String) {
        guard let unit = text.last, let multiplier = Self.units[unit] else { return nil }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.count <= 9, digits.first != "0",
            digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int64(digits)
        else { return nil }
        self.init(seconds: count * multiplier, text: text)
    }

    static let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]

    package var description: String { text }
}

/// `usage.source`: read events from a PostgreSQL table instead of the embedded store.
package struct UsageSource: Sendable, Hashable {
    package var postgres: PostgresSource
    package var range: SourceRange?

    package init(postgres: PostgresSource, range: SourceRange?) {
        self.postgres = postgres
        self.range = range
    }
}

/// `usage.source.postgres`: the user's own table of events.
package struct PostgresSource: Sendable, Hashable {
    /// Where the connection URL is kept (`env:NAME` or `file:PATH`); never the URL itself,
    /// which usually holds a password.
    package var url: Located<SecretReference>
    /// `table` or `schema.table`.
    package var table: Located<String>
    package var columns: PostgresColumns
    package var range: SourceRange?

    package init(
        url: Located<SecretReference>, table: Located<String>, columns: PostgresColumns,
        range: SourceRange?
    ) {
        self.url = url
        self.table = table
        self.columns = columns
        self.range = range
    }
}

/// `usage.source.postgres.columns`: the table's column names.
package struct PostgresColumns: Sendable, Hashable {
    /// A `timestamptz` column; defaults to `time`.
    package var time: Located<String>
    /// A text column holding the company id; defaults to `company`.
    package var company: Located<String>
    /// An optional column of event ids; rows sharing an id count once.
    package var id: Located<String>?
    /// A `jsonb` column holding the event; defaults to `body`.
    package var body: Located<String>
    package var range: SourceRange?

    package init(
        time: Located<String> = .defaulted("time"), company: Located<String> = .defaulted("company"),
        id: Located<String>? = nil, body: Located<String> = .defaulted("body"), range: SourceRange? = nil
    ) {
        self.time = time
        self.company = company
        self.id = id
        self.body = body
        self.range = range
    }
}

/// A reference to where a secret is kept (`env:NAME` or `file:PATH`), as for the API key.
package typealias SecretReference = APIKeyReference
