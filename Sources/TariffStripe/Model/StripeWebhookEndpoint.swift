/// A webhook endpoint (`/v1/webhook_endpoints`).
///
/// `secret` (the `whsec_…` signing secret) is present only in the response to the create call;
/// Stripe never returns it again. It is wrapped in `StripeSecret` so printing or dumping an endpoint
/// cannot reveal it.
public struct StripeWebhookEndpoint: StripeIdentifiable, Hashable {
    public let id: String
    public let url: String
    public let enabledEvents: [String]
    public let description: String?
    public let status: StripeEnum<StripeWebhookStatus>
    public let metadata: [String: String]
    /// The pinned API version of event payloads; nil means the account's default.
    public let apiVersion: String?
    public let secret: StripeSecret?
    public let created: Int
    public let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, url, description, status, metadata, secret, created, livemode
        case enabledEvents = "enabled_events"
        case apiVersion = "api_version"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        url = try container.decode(String.self, forKey: .url)
        enabledEvents = try container.decodeIfPresent([String].self, forKey: .enabledEvents) ?? []
        description = try container.decodeIfPresent(String.self, forKey: .description)
        status =
            try container.decodeIfPresent(StripeEnum<StripeWebhookStatus>.self, forKey: .status)
            ?? StripeEnum(.enabled)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata) ?? [:]
        apiVersion = try container.decodeIfPresent(String.self, forKey: .apiVersion)
        secret = try container.decodeIfPresent(String.self, forKey: .secret).map(StripeSecret.init)
        created = try container.decodeIfPresent(Int.self, forKey: .created) ?? 0
        livemode = try container.decodeIfPresent(Bool.self, forKey: .livemode) ?? false
    }
}
