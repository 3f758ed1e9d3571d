/// One accepted meter event, as the emulator keeps it for summaries, duplicates and cancels.
package struct StoredMeterEvent: Sendable {
    package var identifier: String
    package var eventName: String
    package var meterID: String
    package var customer: String
    /// The whole-number value (1 for `count` meters, whose value is not read).
    package var value: Int
    /// The time the usage is booked at, Unix seconds.
    package var timestamp: Int
    /// When the emulator received it (its `created`), Unix seconds.
    package var received: Int
    /// Receipt order, to tell apart events received within the same second.
    package var sequence: Int
    package var payload: [String: String]
    /// Set by a meter event adjustment.
    package var cancelled = false
    /// Accepted over the wire but failed Stripe's asynchronous validation (an unknown customer):
    /// it holds its identifier but never counts.
    package var rejected = false

    /// Whether the event counts in event summaries.
    package var counts: Bool { !cancelled && !rejected }
}

/// An error Stripe would report asynchronously (`v1.billing.meter.error_report_triggered`) for an
/// event it accepted over the wire but did not count, e.g. a stream event for an unknown customer.
package struct MeterEventAsyncError: Sendable {
    /// One of Stripe's report codes (`meter_event_customer_not_found`, `timestamp_too_far_in_past`, …).
    package var code: String
    package var message: String
    package var identifier: String?
    package var eventName: String
    package var received: Int

    package var json: JSONValue {
        .object([
            ("code", .string(code)),
            ("error_message", .string(message)),
            ("identifier", .string(identifier)),
            ("event_name", .string(eventName)),
            ("received", .int(received)),
        ])
    }
}

/// A v2 meter event session: the token that authenticates the stream for 15 minutes.
package struct MeterEventSessionRecord: Sendable {
    package var id: String
    package var token: String
    package var created: Int
    package var expiresAt: Int
}

/// The meter events of one mode of the emulated account.
package struct MeterEventStore: Sendable {
    /// Every accepted event, in receipt order.
    package private(set) var events: [StoredMeterEvent] = []
    /// The newest event per identifier (an index into `events`).
    private var byIdentifier: [String: Int] = [:]
    /// Sessions by token.
    package var sessions: [String: MeterEventSessionRecord] = [:]
    /// What Stripe would report asynchronously, oldest first.
    package var asyncErrors: [MeterEventAsyncError] = []

    /// How long Stripe keeps identifiers unique, and the window for cancelling an event.
    package static let identifierWindow = 24 * 3600

    package init() {}

    /// The event that still holds `identifier` at `now`: received within the last 24 hours.
    package func recent(_ identifier: String, now: Int) -> StoredMeterEvent? {
        guard let index = byIdentifier[identifier] else { return nil }
        let event = events[index]
        return event.received > now - Self.identifierWindow ? event : nil
    }

    /// Adds an accepted event (the caller checked the identifier).
    package mutating func append(_ event: StoredMeterEvent) {
        var event = event
        event.sequence = events.count
        byIdentifier[event.identifier] = events.count
        events.append(event)
    }

    /// Marks the event holding `identifier` as cancelled.
    package mutating func cancel(_ identifier: String) {
        guard let index = byIdentifier[identifier] else { return }
        events[index].cancelled = true
    }

    /// The session for a stream token, if any (expired ones included).
    package func session(token: String) -> MeterEventSessionRecord? {
        sessions[token]
    }
}
