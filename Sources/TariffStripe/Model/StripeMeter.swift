/// A billing meter (`/v1/billing/meters`): the event name usage is reported under, and how it is
/// aggregated. Meters have no metadata and cannot be deleted, only deactivated.
package struct StripeMeter: StripeIdentifiable, Hashable {
    package let id: String
    package let displayName: String
    package let eventName: String
    package let status: StripeEnum<StripeMeterStatus>
    package let formula: StripeEnum<StripeMeterFormula>
    /// The payload key holding the Stripe customer id (`stripe_customer_id` by default).
    package let customerPayloadKey: String
    /// The customer mapping's type; `by_id` is the only value today.
    package let customerMappingType: String
    /// The payload key holding the usage value (`value` by default).
    package let valuePayloadKey: String
    package let eventTimeWindow: StripeEnum<StripeEventTimeWindow>?
    package let created: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, status, created, livemode
        case displayName = "display_name"
        case eventName = "event_name"
        case defaultAggregation = "default_aggregation"
        case customerMapping = "customer_mapping"
        case valueSettings = "value_settings"
        case eventTimeWindow = "event_time_window"
    }

    private struct Aggregation: Decodable {
        let formula: StripeEnum<StripeMeterFormula>
    }

    private struct CustomerMapping: Decodable {
        let eventPayloadKey: String?
        let type: String?
        enum CodingKeys: String, CodingKey {
            case type
            case eventPayloadKey = "event_payload_key"
        }
    }

    private struct ValueSettings: Decodable {
        let eventPayloadKey: String?
        enum CodingKeys: String, CodingKey { case eventPayloadKey = "event_payload_key" }
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName) ?? ""
        eventName = try container.decode(String.self, forKey: .eventName)
        status =
            try container.decodeIfPresent(StripeEnum<StripeMeterStatus>.self, forKey: .status)
            ?? StripeEnum(.active)
        formula = try container.decode(Aggregation.self, forKey: .defaultAggregation).formula
        let mapping = try container.decodeIfPresent(CustomerMapping.self, forKey: .customerMapping)
        customerPayloadKey = mapping?.eventPayloadKey ?? "stripe_customer_id"
        customerMappingType = mapping?.type ?? "by_id"
        let value = try container.decodeIfPresent(ValueSettings.self, forKey: .valueSettings)
        valuePayloadKey = value?.eventPayloadKey ?? "value"
        eventTimeWindow = try container.decodeIfPresent(
            StripeEnum<StripeEventTimeWindow>.self, forKey: .eventTimeWindow)
        created = try container.decodeIfPresent(Int.self, forKey: .created) ?? 0
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}
