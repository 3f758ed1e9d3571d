import Foundation

// The JSON bodies of Stripe's v2 meter-event endpoints (stripe-usage.md §3). v2 takes JSON, not
// forms, and ISO-8601 times, not Unix seconds; these mirror the SDK's v2 parameter types.

/// One event of `POST /v2/billing/meter_events` or of the stream's `events`.
struct V2MeterEventBody: Encodable, Sendable, Hashable {
    let eventName: String
    let payload: [String: String]
    let identifier: String?
    let timestamp: String?

    enum CodingKeys: String, CodingKey {
        case payload, identifier, timestamp
        case eventName = "event_name"
    }
}

/// `POST /v2/billing/meter_event_stream`: at most 100 events.
struct V2MeterEventStreamBody: Encodable, Sendable {
    let events: [V2MeterEventBody]
}

/// `POST /v2/billing/meter_event_adjustments`.
struct V2MeterEventAdjustmentBody: Encodable, Sendable {
    struct Cancel: Encodable, Sendable {
        let identifier: String
    }

    let eventName: String
    let cancel: Cancel
    let type = "cancel"

    enum CodingKeys: String, CodingKey {
        case cancel, type
        case eventName = "event_name"
    }
}

/// The empty object `POST /v2/billing/meter_event_session` takes.
struct V2EmptyBody: Encodable, Sendable {}

enum V2JSON {
    /// Compact JSON with sorted keys, so a retried request is byte-identical and tests can compare.
    static func encode(_ body: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(body))
    }
}

/// Unix seconds ↔ the ISO-8601 strings of Stripe's v2 API (`2026-12-02T00:00:00.000Z`).
package enum StripeISOTime {
    /// UTC, millisecond precision, as Stripe writes it.
    package static func string(_ seconds: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Whole Unix seconds (fractions dropped), or nil when `text` is not an ISO-8601 time.
    package static func seconds(_ text: String) -> Int? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return Int(date.timeIntervalSince1970.rounded(.down)) }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text).map { Int($0.timeIntervalSince1970.rounded(.down)) }
    }
}
