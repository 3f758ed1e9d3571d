import TariffDiagnostics

/// Rules for `meters:`.
extension SemanticChecker {
    /// Stripe's limits on a meter's `event_name` and `display_name`.
    static let maximumEventNameLength = 100
    static let maximumDisplayNameLength = 250

    /// Event names are unique and within Stripe's limits; the metric's field fits its aggregate.
    mutating func checkMeters(_ meters: [Meter]) {
        var eventNames: [String: Meter] = [:]
        for meter in meters {
            let what = "meter '\(meter.key)'"
            if let other = eventNames[meter.eventName.value] {
                bag.error(
                    "meter.duplicate-event-name",
                    "\(what) has event name '\(meter.eventName.value.quotedForMessage)', which meter "
                        + "'\(other.key)' already uses; a Stripe meter is identified by its event name",
                    at: meter.eventName.range ?? meter.keyRange,
                    notes: [
                        DiagnosticNote(
                            "'\(other.key)' is declared here", at: other.eventName.range ?? other.keyRange)
                    ])
            } else {
                eventNames[meter.eventName.value] = meter
            }
            checkNotEmpty(meter.displayName, code: "meter.empty-display-name", "the display name of \(what)")
            checkLength(
                meter.displayName, max: Self.maximumDisplayNameLength, code: "meter.display-name-too-long",
                "the display name of \(what)")
            checkLength(
                meter.eventName, max: Self.maximumEventNameLength, code: "meter.event-name-too-long",
                "the event name of \(what)")
            checkNotEmpty(meter.eventName, code: "meter.empty-event-name", "the event name of \(what)")
            checkMetric(meter.metric, what)
            if let filter = meter.filter { checkFilter(filter, what) }
        }
    }

    /// `count` takes no field and no decimal scaling; every other aggregate reads a field.
    private mutating func checkMetric(_ metric: Metric, _ meter: String) {
        let aggregate = metric.aggregate.value
        if aggregate.needsField, metric.field == nil {
            bag.error(
                "meter.field-required",
                "the metric of \(meter) aggregates '\(aggregate.rawValue)', which needs a 'field' to read",
                at: metric.aggregate.range ?? metric.range)
        }
        if !aggregate.needsField, let field = metric.field {
            bag.error(
                "meter.field-not-allowed",
                "the metric of \(meter) counts events, so 'field' ('\(field.value.quotedForMessage)') "
                    + "has no effect; remove it, or aggregate with 'sum', 'max' or 'last'",
                at: field.range)
        }
        if !aggregate.needsField, let decimal = metric.decimal {
            bag.error(
                "meter.decimal-not-allowed",
                "the metric of \(meter) counts events, which are whole numbers; remove 'decimal'",
                at: decimal.range)
        }
        if let field = metric.field, !Self.isFieldPath(field.value) {
            bag.error(
                "meter.invalid-field",
                "'\(field.value.quotedForMessage)' is not an event field path; expected dotted names "
                    + "such as 'response.body_bytes'",
                at: field.range)
        }
    }

    /// Dotted segments of letters, digits, `_` and `-`.
    static func isFieldPath(_ path: String) -> Bool {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false)
        return segments.allSatisfy { isIdentifier(String($0), maxLength: 100) }
    }
}
