/// A webhook endpoint (`we_…`) and its signing secret, which Stripe shows only on creation.
package struct WebhookEndpointRecord: Sendable {
    package var id: String
    package var created: Int
    package var url: String
    package var enabledEvents: [String]
    package var description: String?
    package var metadata: [String: String] = [:]
    package var apiVersion: String?
    package var status = "enabled"
    package var secret: String

    /// Stripe's JSON; `secret` is included only in the create response.
    package func json(livemode: Bool, includeSecret: Bool = false) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("object", .string("webhook_endpoint")),
            ("api_version", .string(apiVersion)),
            ("application", .null),
            ("created", .int(created)),
            ("description", .string(description)),
            ("enabled_events", .array(enabledEvents.map { .string($0) })),
            ("livemode", .bool(livemode)),
            ("metadata", .stringMap(metadata)),
        ]
        if includeSecret { fields.append(("secret", .string(secret))) }
        fields += [("status", .string(status)), ("url", .string(url))]
        return .object(fields)
    }
}

extension EmulatorState {
    /// `/v1/webhook_endpoints` and `/v1/webhook_endpoints/{id}`.
    mutating func webhookEndpointsRoute(_ call: EmulatorCall) throws -> JSONValue {
        let params = call.params
        switch (call.method, call.segments.count) {
        case ("POST", 1):
            try params.rejectUnknown([
                "url", "enabled_events", "api_version", "connect", "description", "metadata",
            ])
            let url = try Self.webhookURL(try params.requiredString("url"))
            guard let events = try params.strings("enabled_events") else {
                throw StripeAPIError.missing("enabled_events")
            }
            var endpoint = WebhookEndpointRecord(
                id: newID("we"), created: call.now, url: url, enabledEvents: try Self.checkEvents(events),
                secret: "whsec_" + random.token(length: 32))
            if let version = try params.string("api_version") {
                guard WebhookEndpointRecord.accepts(apiVersion: version) else {
                    throw StripeAPIError.invalid("api_version", "Invalid api_version: \(version)")
                }
                endpoint.apiVersion = version
            }
            if try params.bool("connect") == true {
                throw StripeAPIError.rule(
                    "connect", "The emulator has no connected accounts; connect=true is not supported.")
            }
            endpoint.description = try params.emptyableString("description") ?? nil
            try MetadataPatch.apply(params, to: &endpoint.metadata)
            webhookEndpoints[endpoint.id] = endpoint
            return endpoint.json(livemode: livemode, includeSecret: true)
        case ("GET", 1):
            try params.rejectUnknown(["limit", "starting_after", "ending_before"])
            let slice = try ListPage(params).slice(webhookEndpoints.idsNewestFirst, kind: "webhook endpoint")
            { _ in true }
            let data = slice.ids.compactMap { webhookEndpoints[$0]?.json(livemode: livemode) }
            return ListPage.envelope(data, hasMore: slice.hasMore, url: "/v1/webhook_endpoints")
        case ("GET", 2):
            try params.rejectUnknown([])
            return try webhookEndpoint(call.segments[1]).json(livemode: livemode)
        case ("POST", 2):
            try params.rejectUnknown(["url", "enabled_events", "description", "metadata", "disabled"])
            var endpoint = try webhookEndpoint(call.segments[1])
            if params.has("url") { endpoint.url = try Self.webhookURL(try params.requiredString("url")) }
            if let events = try params.strings("enabled_events") {
                endpoint.enabledEvents = try Self.checkEvents(events)
            }
            if let description = try params.emptyableString("description") {
                endpoint.description = description
            }
            if let disabled = try params.bool("disabled") {
                endpoint.status = disabled ? "disabled" : "enabled"
            }
            try MetadataPatch.apply(params, to: &endpoint.metadata)
            webhookEndpoints[endpoint.id] = endpoint
            return endpoint.json(livemode: livemode)
        case ("DELETE", 2):
            try params.rejectUnknown([])
            let endpoint = try webhookEndpoint(call.segments[1])
            webhookEndpoints[endpoint.id] = nil
            return .object([
                ("id", .string(endpoint.id)), ("object", .string("webhook_endpoint")),
                ("deleted", .bool(true)),
            ])
        default: throw call.unrecognized
        }
    }

    /// The endpoint with `id`, or a 404 `resource_missing`.
    private func webhookEndpoint(_ id: String) throws(StripeAPIError) -> WebhookEndpointRecord {
        guard let endpoint = webhookEndpoints[id] else {
            throw .noSuch("webhook endpoint", id, param: "id", inPath: true)
        }
        return endpoint
    }

    /// Stripe wants an absolute http(s) URL.
    private static func webhookURL(_ url: String) throws(StripeAPIError) -> String {
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.count > 8 else {
            throw .invalid("url", "Invalid URL: \(url). URLs must begin with http:// or https://.")
        }
        return url
    }

    /// Checks each event against Stripe's list (`*` allowed), naming the bad element.
    private static func checkEvents(_ events: [String]) throws(StripeAPIError) -> [String] {
        guard !events.isEmpty else { throw .missing("enabled_events") }
        for (index, event) in events.enumerated()
        where event != "*" && !WebhookEndpointRecord.knownEvents.contains(event) {
            throw .invalid(
                "enabled_events[\(index)]",
                "Invalid enabled_events[\(index)]: '\(event)' is not a Stripe event type.")
        }
        return events
    }
}
