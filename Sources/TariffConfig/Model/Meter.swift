package import Foundation
package import TariffDiagnostics

/// An entry of `meters:`: a Stripe billing meter plus the metric and filter Tariff evaluates.
package struct Meter: Sendable, Hashable {
    /// The YAML key (`api_calls`); prices refer to the meter by it.
    package var key: String
    package var keyRange: SourceRange
    /// The whole entry (key and value).
    package var range: SourceRange
    package var displayName: Located<String>
    /// The Stripe meter's identity (immutable there); defaults to the key.
    package var eventName: Located<String>
    package var metric: Metric
    package var filter: Located<MeterFilter>?

    package init(
        key: String, keyRange: SourceRange, range: SourceRange, displayName: Located<String>,
        eventName: Located<String>, metric: Metric, filter: Located<MeterFilter>? = nil
    ) {
        self.key = key
        self.keyRange = keyRange
        self.range = range
        self.displayName = displayName
        self.eventName = eventName
        self.metric = metric
        self.filter = filter
    }
}

/// `metric:`: what a meter measures in each matching API event.
package struct Metric: Sendable, Hashable {
    package var aggregate: Located<MetricAggregate>
    /// The event field summed or compared (`response.body_bytes`); absent for `count`.
    package var field: Located<String>?
    /// Present when the field holds decimals: how they become Stripe's whole-number values.
    package var decimal: DecimalScaling?
    /// The whole `metric:` mapping.
    package var range: SourceRange?

    package init(
        aggregate: Located<MetricAggregate>, field: Located<String>? = nil,
        decimal: DecimalScaling? = nil, range: SourceRange?
    ) {
        self.aggregate = aggregate
        self.field = field
        self.decimal = decimal
        self.range = range
    }
}

/// `metric.aggregate`.
package enum MetricAggregate: String, Sendable, Hashable, CaseIterable {
    case count, sum
    case uniqueCount = "unique_count"
    case max, last

    /// Whether the aggregate reads a field of the event (every one except `count`).
    package var needsField: Bool { self != .count }
}

/// `metric.decimal`: a decimal field is multiplied by `scale` and rounded to a whole number,
/// because Stripe meters only take whole-number values.
package struct DecimalScaling: Sendable, Hashable {
    /// The multiplier, e.g. `1000` to report milliseconds for a field in seconds; defaults to 1.
    package var scale: Located<Decimal>
    package var round: Located<MetricRounding>
    package var range: SourceRange?

    package init(scale: Located<Decimal>, round: Located<MetricRounding>, range: SourceRange?) {
        self.scale = scale
        self.round = round
        self.range = range
    }
}

/// `metric.decimal.round`.
package enum MetricRounding: String, Sendable, Hashable, CaseIterable {
    case up, down, nearest
}
