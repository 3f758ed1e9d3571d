/// `usage.events.preset`: the field names of a common API-log shape
/// (../shared/reference/stripe-usage.md §10). `fields:` overrides any of them.
package enum EventPreset: String, Sendable, Hashable, CaseIterable {
    /// Moesif's event objects: `request.time` (ISO 8601), `company_id`; no event id.
    case moesif
    /// OpenTelemetry spans flattened to JSON objects: `startTimeUnixNano`, the company in the
    /// attribute `attributes.tenant_id`, the span id.
    case otel
    /// API Gateway access logs with a JSON `$context` template: `requestTimeEpoch` (epoch
    /// milliseconds), the authorizer's `principalId`, `requestId`.
    case apigateway
    /// nginx `log_format … escape=json` lines: `time_iso8601`, a `company_id` key, `request_id`.
    case nginx

    /// The preset's field paths.
    package var fields: PresetFields {
        switch self {
        case .moesif: PresetFields(time: "request.time", company: "company_id", id: nil)
        case .otel: PresetFields(time: "startTimeUnixNano", company: "attributes.tenant_id", id: "spanId")
        case .apigateway: PresetFields(time: "requestTimeEpoch", company: "principalId", id: "requestId")
        case .nginx: PresetFields(time: "time_iso8601", company: "company_id", id: "request_id")
        }
    }
}

/// The field paths a preset names.
package struct PresetFields: Sendable, Hashable {
    package var time: String
    package var company: String
    package var id: String?
}
