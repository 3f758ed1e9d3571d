import Foundation
import TariffDiagnostics

/// Reads `meters:` entries.
extension SchemaReader {
    /// One meter; `nil` when a required part is unreadable (the problem is already reported).
    mutating func readMeter(_ key: Located<String>, _ pair: YAMLNode.Pair) -> Meter? {
        let what = "meter '\(key.value.quotedForMessage)'"
        guard let fields = fields(pair.value, .meter, what, anchor: pair.key.range) else { return nil }
        defer { finish(fields) }
        let displayName = required("display_name", in: fields).flatMap {
            string($0, "'display_name' of \(what)")
        }
        let eventName =
            fields.take("event_name").flatMap { string($0, "'event_name' of \(what)") }
            ?? .defaulted(key.value)
        let metric = required("metric", in: fields).flatMap { readMetric($0, what) }
        let filter = fields.take("filter").flatMap { readFilter($0, what, depth: 0) }
        guard let displayName, let metric, let keyRange = key.range else { return nil }
        return Meter(
            key: key.value, keyRange: keyRange, range: pair.entryRange,
            displayName: displayName, eventName: eventName, metric: metric, filter: filter)
    }

    /// `metric: { aggregate, field, decimal }`.
    private mutating func readMetric(_ node: YAMLNode, _ meter: String) -> Metric? {
        let what = "'metric' of \(meter)"
        guard let fields = fields(node, .metric, what) else { return nil }
        defer { finish(fields) }
        let aggregate = required("aggregate", in: fields).flatMap {
            enumeration($0, MetricAggregate.self, "aggregate")
        }
        let field = fields.take("field").flatMap { string($0, "'field' of \(what)") }
        let decimal = fields.take("decimal").flatMap { readDecimalScaling($0, what) }
        guard let aggregate else { return nil }
        return Metric(aggregate: aggregate, field: field, decimal: decimal, range: node.range)
    }

    /// `decimal: { scale, round }`; `round` is required so that no one is surprised by how a
    /// fractional value becomes Stripe's whole number.
    private mutating func readDecimalScaling(_ node: YAMLNode, _ metric: String) -> DecimalScaling? {
        let what = "'decimal' of \(metric)"
        guard let fields = fields(node, .decimalScaling, what) else { return nil }
        defer { finish(fields) }
        let scale = fields.take("scale").flatMap { decimal($0, "'scale' of \(what)") } ?? .defaulted(1)
        if scale.value <= 0, let range = scale.range {
            bag.error(
                "meter.invalid-scale", "'scale' must be greater than 0, found '\(scale.value)'",
                at: range)
        }
        guard let roundNode = fields.take("round") else {
            bag.error(
                "meter.decimal-rounding-missing",
                "\(what) does not say how values are rounded; Stripe meters take whole numbers, so "
                    + "add 'round: up', 'round: down' or 'round: nearest'",
                at: node.range)
            return nil
        }
        guard let round = enumeration(roundNode, MetricRounding.self, "rounding") else { return nil }
        return DecimalScaling(scale: scale, round: round, range: node.range)
    }
}

extension YAMLNode.Pair {
    /// From the start of the key to the end of the value: the whole entry.
    var entryRange: SourceRange {
        SourceRange(start: key.range.start, end: value.range.end)
    }
}
