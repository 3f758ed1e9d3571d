/// How many requests the emulator answered, in total and per endpoint, for benchmarks.
///
/// Endpoints are counted by route template (`POST /v1/prices/{id}`), so ids do not explode
/// the table. API keys are never recorded.
package struct RequestStats: Sendable {
    package private(set) var total = 0
    package private(set) var byEndpoint: [String: Int] = [:]
    package private(set) var byStatus: [Int: Int] = [:]

    /// Path words that are part of a route rather than an object id.
    private static let literals: Set<String> = [
        "v1", "account", "products", "prices", "billing", "meters", "meter_events", "deactivate",
        "reactivate", "event_summaries", "meter_event_adjustments", "meter_event_session",
        "meter_event_stream",
        "webhook_endpoints", "customers", "balance_transactions", "subscriptions", "subscription_items",
        "subscription_schedules", "release", "cancel", "search",
    ]

    /// Counts one request (`segments` without the version, which is `v1` or `v2`).
    package mutating func record(method: String, segments: [String], version: String = "v1") {
        total += 1
        let template = segments.map { Self.literals.contains($0) ? $0 : "{id}" }.joined(separator: "/")
        byEndpoint["\(method) /\(version)/\(template)", default: 0] += 1
    }

    /// Counts the status of one answer.
    package mutating func record(status: Int) {
        byStatus[status, default: 0] += 1
    }

    /// The JSON served at `GET /_emulator/stats`.
    package var json: JSONValue {
        .object([
            ("object", .string("emulator.stats")),
            ("total", .int(total)),
            ("by_endpoint", .object(byEndpoint.keys.sorted().map { ($0, .int(byEndpoint[$0] ?? 0)) })),
            ("by_status", .object(byStatus.keys.sorted().map { (String($0), .int(byStatus[$0] ?? 0)) })),
        ])
    }
}
