/// Parameters of `POST /v1/webhook_endpoints`.
public struct WebhookEndpointCreateParams: StripeFormEncodable, Hashable {
    public var url: String
    /// Event types, or `*`; sent as `enabled_events[0]`, `[1]`, … in this order.
    public var enabledEvents: [String]
    public var description: String?
    public var metadata: [String: String]
    /// Pins the payload version; create-only.
    public var apiVersion: String?
    /// Events from connected accounts; create-only.
    public var connect: Bool?

    public init(
        url: String, enabledEvents: [String], description: String? = nil, metadata: [String: String] = [:],
        apiVersion: String? = nil, connect: Bool? = nil
    ) {
        self.url = url
        self.enabledEvents = enabledEvents
        self.description = description
        self.metadata = metadata
        self.apiVersion = apiVersion
        self.connect = connect
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("url", .string(url))
        form.append("enabled_events", .indexed(enabledEvents.map { .string($0) }))
        form.append("description", ifPresent: description.map { .string($0) })
        form.appendMetadata(metadata)
        form.append("api_version", ifPresent: apiVersion.map { .string($0) })
        form.append("connect", ifPresent: connect.map { .bool($0) })
        return form
    }
}

/// Parameters of `POST /v1/webhook_endpoints/{id}`; `enabledEvents` replaces the whole list.
public struct WebhookEndpointUpdateParams: StripeFormEncodable, Hashable {
    public var url: String?
    public var enabledEvents: [String]?
    public var description: StripeEmptyable<String>?
    public var metadata: StripeMetadataPatch?
    public var disabled: Bool?

    public init(
        url: String? = nil, enabledEvents: [String]? = nil, description: StripeEmptyable<String>? = nil,
        metadata: StripeMetadataPatch? = nil, disabled: Bool? = nil
    ) {
        self.url = url
        self.enabledEvents = enabledEvents
        self.description = description
        self.metadata = metadata
        self.disabled = disabled
    }

    public var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("url", ifPresent: url.map { .string($0) })
        form.append("enabled_events", ifPresent: enabledEvents.map { .indexed($0.map { .string($0) }) })
        form.append("description", ifPresent: description?.formValue)
        form.append("metadata", ifPresent: metadata?.formValue)
        form.append("disabled", ifPresent: disabled.map { .bool($0) })
        return form
    }
}
