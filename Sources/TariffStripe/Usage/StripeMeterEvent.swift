/// A meter event as `POST /v1/billing/meter_events` answers it (`billing.meter_event`), or v2's
/// `POST /v2/billing/meter_events` (`v2.billing.meter_event`, whose times are ISO-8601 strings).
///
/// A 2xx means Stripe accepted the event, not that it was billed: some validation is
/// asynchronous (stripe-usage.md §1.5).
package struct StripeMeterEvent: Decodable, Sendable, Hashable {
    package let eventName: String
    package let identifier: String
    /// The payload exactly as sent: every value is a string.
    package let payload: [String: String]
    /// The time the usage is booked at, Unix seconds.
    package let timestamp: Int
    package let created: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case identifier, payload, timestamp, created, livemode
        case eventName = "event_name"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        eventName = try container.decode(String.self, forKey: .eventName)
        identifier = try container.decode(String.self, forKey: .identifier)
        payload = try container.decode([String: String].self, forKey: .payload)
        timestamp = try Self.time(container, .timestamp)
        created = try Self.time(container, .created)
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }

    /// Unix seconds from v1's integer or v2's ISO-8601 string.
    private static func time(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Int
    {
        if let seconds = try? container.decode(Int.self, forKey: key) { return seconds }
        let text = try container.decode(String.self, forKey: key)
        guard let seconds = StripeISOTime.seconds(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "'\(text)' is neither Unix seconds nor ISO-8601"
            )
        }
        return seconds
    }

    package init(
        eventName: String, identifier: String, payload: [String: String], timestamp: Int, created: Int,
        livemode: Bool = false
    ) {
        self.eventName = eventName
        self.identifier = identifier
        self.payload = payload
        self.timestamp = timestamp
        self.created = created
        self.livemode = livemode
    }
}

/// What became of one v1 meter event: created now, or already delivered earlier.
///
/// Stripe answers a reused `identifier` with a synchronous 400 ("An event already exists with
/// identifier …"). For a sender with deterministic identifiers that answer means the event was
/// delivered by an earlier attempt, so it is a result, not an error (stripe-usage.md §1.3).
package enum MeterEventDelivery: Sendable, Hashable {
    /// Stripe accepted the event in this request (`requestID`: its `Request-Id` header).
    case created(StripeMeterEvent, requestID: String?)
    /// An event with this identifier already exists: delivered before (within Stripe's 24 hours).
    case alreadyDelivered(identifier: String, requestID: String?)

    /// The identifier the event is known by.
    package var identifier: String {
        switch self {
        case .created(let event, _): event.identifier
        case .alreadyDelivered(let identifier, _): identifier
        }
    }
}

/// Whether an adjustment is still being processed (`billing.meter_event_adjustment`).
package enum StripeMeterEventAdjustmentStatus: String, Sendable, Hashable, CaseIterable {
    case pending, complete
}

/// A cancellation of one meter event (`POST /v1/billing/meter_event_adjustments`, or v2).
package struct StripeMeterEventAdjustment: Decodable, Sendable, Hashable {
    /// Set by v2 only (v1 adjustments have no id).
    package let id: String?
    package let eventName: String
    /// The identifier of the cancelled event.
    package let cancelledIdentifier: String?
    package let status: StripeEnum<StripeMeterEventAdjustmentStatus>
    /// `cancel`, the only type Stripe has.
    package let type: String
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, cancel, status, type, livemode
        case eventName = "event_name"
    }

    private struct Cancel: Decodable {
        let identifier: String?
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        eventName = try container.decode(String.self, forKey: .eventName)
        cancelledIdentifier = try container.decodeIfPresent(Cancel.self, forKey: .cancel)?.identifier
        status = try container.decode(StripeEnum<StripeMeterEventAdjustmentStatus>.self, forKey: .status)
        type = try container.decode(String.self, forKey: .type)
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}
