/// A v2 meter event session (`v2.billing.meter_event_session`): a short-lived token (15 minutes)
/// that authenticates `POST /v2/billing/meter_event_stream` instead of the API key.
///
/// The token is a `StripeSecret`, so printing or dumping a session never shows it.
package struct StripeMeterEventSession: Decodable, Sendable, Hashable {
    package let id: String
    package let authenticationToken: StripeSecret
    /// Unix seconds (Stripe sends ISO-8601 strings in v2).
    package let created: Int
    /// Unix seconds after which the stream answers 401 `billing_meter_event_session_expired`.
    package let expiresAt: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, created, livemode
        case authenticationToken = "authentication_token"
        case expiresAt = "expires_at"
    }

    package init(id: String, authenticationToken: StripeSecret, created: Int, expiresAt: Int, livemode: Bool)
    {
        self.id = id
        self.authenticationToken = authenticationToken
        self.created = created
        self.expiresAt = expiresAt
        self.livemode = livemode
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        authenticationToken = try container.decode(StripeSecret.self, forKey: .authenticationToken)
        created = try Self.time(container, .created)
        expiresAt = try Self.time(container, .expiresAt)
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }

    /// Reads an ISO-8601 time field as Unix seconds.
    private static func time(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Int
    {
        let text = try container.decode(String.self, forKey: key)
        guard let seconds = StripeISOTime.seconds(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "'\(text)' is not an ISO-8601 time")
        }
        return seconds
    }
}
