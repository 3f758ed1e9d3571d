/// The SQL engines a meter's query is printed for.
package enum SQLDialect: String, Sendable, Hashable, CaseIterable {
    /// The embedded store, run in-process (`tariff usage plan`'s default).
    case sqlite
    /// The user's table of `usage.source.postgres`.
    case postgres
    case clickhouse
    case duckdb
    case bigquery
}
