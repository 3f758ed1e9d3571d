/// One row of `GET /v1/billing/meters/{id}/event_summaries` (`billing.meter_event_summary`):
/// a customer's aggregated usage of one meter over `[startTime, endTime)`.
///
/// Stripe sends `aggregated_value` as a JSON float; Tariff only ever reports whole numbers, so
/// the value is rounded to the nearest integer on decoding (`value`), and the float is kept for
/// diagnostics. A value that is not finite or does not fit an `Int` fails to decode rather than
/// turning into a wrong number.
package struct StripeMeterEventSummary: StripeIdentifiable, Hashable {
    package let id: String
    package let meter: String
    /// Inclusive start, Unix seconds.
    package let startTime: Int
    /// Exclusive end, Unix seconds.
    package let endTime: Int
    /// `aggregated_value` as Stripe sent it.
    package let aggregatedValue: Double
    /// `aggregated_value` rounded to the nearest whole number (halves away from zero).
    package let value: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, meter, livemode
        case startTime = "start_time"
        case endTime = "end_time"
        case aggregatedValue = "aggregated_value"
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        meter = try container.decode(String.self, forKey: .meter)
        startTime = try container.decode(Int.self, forKey: .startTime)
        endTime = try container.decode(Int.self, forKey: .endTime)
        aggregatedValue = try container.decode(Double.self, forKey: .aggregatedValue)
        guard let rounded = Self.wholeNumber(aggregatedValue) else {
            throw DecodingError.dataCorruptedError(
                forKey: .aggregatedValue, in: container,
                debugDescription:
                    "aggregated_value \(aggregatedValue) is not a finite number within Int range")
        }
        value = rounded
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }

    /// The nearest whole number to `value`, or nil when there is none in `Int`'s range.
    static func wholeNumber(_ value: Double) -> Int? {
        guard value.isFinite else { return nil }
        return Int(exactly: value.rounded(.toNearestOrAwayFromZero))
    }
}
