/// Parameters of `POST /v1/webhook_endpoints`.
package struct WebhookEndpointCreateParams: StripeFormEncodable, Hashable {
    package var url: String
    /// Event types, or `*`; sent as `enabled_events[0]`, `[1]`, … in this order.
    package var enabledEvents: [String]
    package var description: String?
    package var metadata: [String: String]
    /// Pins the payload version; create-only.
    package var apiVersion: String?
    /// Events from connected accounts; create-only.
    package var connect: Bool?

    package init(
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

    package var stripeForm: StripeForm {
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
package struct WebhookEndpointUpdateParams: StripeFormEncodable, Hashable {
    package var url: String?
    package var enabledEvents: [String]?
    package var description: StripeEmptyable<String>?
    package var metadata: StripeMetadataPatch?
    package var disabled: Bool?

    package init(
        url: String? = nil, enabledEvents: [String]? = nil, description: StripeEmptyable<String>? = nil,
        metadata: StripeMetadataPatch? = nil, disabled: Bool? = nil
    ) {
        self.url = url
        self.enabledEvents = enabledEvents
        self.description = description
        self.metadata = metadata
        self.disabled = disabled
    }

    package var stripeForm: StripeForm {
        var form = StripeForm()
        form.append("url", ifPresent: url.map { .string($0) })
        form.append("enabled_events", ifPresent: enabledEvents.map { .indexed($0.map { .string($0) }) })
        form.append("description", ifPresent: description?.formValue)
        form.append("metadata", ifPresent: metadata?.formValue)
        form.append("disabled", ifPresent: disabled.map { .bool($0) })
        return form
    }
}
