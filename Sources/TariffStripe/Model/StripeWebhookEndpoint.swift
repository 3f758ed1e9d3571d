/// A webhook endpoint (`/v1/webhook_endpoints`).
///
/// `secret` (the `whsec_…` signing secret) is present only in the response to the create call;
/// Stripe never returns it again. It is wrapped in `StripeSecret` so printing or dumping an endpoint
/// cannot reveal it.
package struct StripeWebhookEndpoint: StripeIdentifiable, Hashable {
    package let id: String
    package let url: String
    package let enabledEvents: [String]
    package let description: String?
    package let status: StripeEnum<StripeWebhookStatus>
    package let metadata: [String: String]
    /// The pinned API version of event payloads; nil means the account's default.
    package let apiVersion: String?
    package let secret: StripeSecret?
    package let created: Int
    package let livemode: Bool

    enum CodingKeys: String, CodingKey {
        case id, url, description, status, metadata, secret, created, livemode
        case enabledEvents = "enabled_events"
        case apiVersion = "api_version"
    }

    package init(from decoder: any Decoder) throws {
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
