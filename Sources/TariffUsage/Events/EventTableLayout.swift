package import TariffConfig

/// Where a usage query reads events from: a table and the names and types of its columns.
///
/// The store's own table is ``store``: the layout that `tariff usage ingest` writes (DDL in
/// ``EventStoreSchema``) and the default that `tariff usage sql` prints for warehouses. A
/// PostgreSQL source (`usage.source.postgres`) is the user's table: ``postgres(_:)``.
package struct EventTableLayout: Sendable, Hashable {
    /// `table` or `schema.table`; printed quoted per dialect.
    package var table: String
    package var time: String
    package var timeType: EventTimeType
    package var company: String
    package var body: String
    package var bodyType: EventBodyType
    /// A column of event ids: rows sharing an id count once. `nil` when ids are unique already
    /// (the store's primary key) or unknown.
    package var id: String?

    package init(
        table: String, time: String, timeType: EventTimeType, company: String, body: String,
        bodyType: EventBodyType, id: String? = nil
    ) {
        self.table = table
        self.time = time
        self.timeType = timeType
        self.company = company
        self.body = body
        self.bodyType = bodyType
        self.id = id
    }

    /// The embedded store's table: `events(event_key, ts, company, body)`.
    package static let store = EventTableLayout(
        table: EventStoreSchema.table, time: "ts", timeType: .epochMilliseconds, company: "company",
        body: "body", bodyType: .text)

    /// The user's PostgreSQL table: a `timestamptz` time column and a `jsonb` body.
    package static func postgres(_ source: PostgresSource) -> EventTableLayout {
        EventTableLayout(
            table: source.table.value, time: source.columns.time.value, timeType: .timestamp,
            company: source.columns.company.value, body: source.columns.body.value, bodyType: .json,
            id: source.columns.id?.value)
    }
}

/// How the time column holds an event's time.
package enum EventTimeType: String, Sendable, Hashable {
    /// An integer: milliseconds since 1970-01-01T00:00:00Z.
    case epochMilliseconds
    /// A timestamp type (`timestamptz` in PostgreSQL, `TIMESTAMP` elsewhere), read as UTC.
    case timestamp
}

/// How the body column holds the event object.
package enum EventBodyType: String, Sendable, Hashable {
    /// JSON text (`TEXT`, `String`, `VARCHAR`, `STRING`).
    case text
    /// A native JSON type (`jsonb` in PostgreSQL).
    case json
}

/// The store's event table, the contract between `tariff usage ingest` (which writes it) and
/// the compiled queries (which read it).
package enum EventStoreSchema {
    package static let table = "events"

    /// SQLite DDL. `event_key` de-duplicates: the event's id (`usage.events.fields.id`) when the
    /// config names one, else a digest of the event line, so re-ingesting adds nothing. `ts` is
    /// the event time in epoch milliseconds (UTC); `company` the company id as text; `body` the
    /// event object as JSON text, kept whole so that any meter's filter can read any field.
    package static let createSQL = """
        CREATE TABLE IF NOT EXISTS events (
          event_key TEXT PRIMARY KEY,
          ts INTEGER NOT NULL,
          company TEXT NOT NULL,
          body TEXT NOT NULL
        )
        """
}
