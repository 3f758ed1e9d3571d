public import Foundation
public import TariffDiagnostics

/// An entry of `meters:`: a Stripe billing meter plus the metric and filter Tariff evaluates.
public struct Meter: Sendable, Hashable {
    /// The YAML key (`api_calls`); prices refer to the meter by it.
    public var key: String
    public var keyRange: SourceRange
    /// The whole entry (key and value).
    public var range: SourceRange
    public var displayName: Located<String>
    /// The Stripe meter's identity (immutable there); defaults to the key.
    public var eventName: Located<String>
    public var metric: Metric
    public var filter: Located<MeterFilter>?

    public init(
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
public struct Metric: Sendable, Hashable {
    public var aggregate: Located<MetricAggregate>
    /// The event field summed or compared (`response.body_bytes`); absent for `count`.
    public var field: Located<String>?
    /// Present when the field holds decimals: how they become Stripe's whole-number values.
    public var decimal: DecimalScaling?
    /// The whole `metric:` mapping.
    public var range: SourceRange?

    public init(
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
public enum MetricAggregate: String, Sendable, Hashable, CaseIterable {
    case count, sum
    case uniqueCount = "unique_count"
    case max, last

    /// Whether the aggregate reads a field of the event (every one except `count`).
    public var needsField: Bool { self != .count }
}

/// `metric.decimal`: a decimal field is multiplied by `scale` and rounded to a whole number,
/// because Stripe meters only take whole-number values.
public struct DecimalScaling: Sendable, Hashable {
    /// The multiplier, e.g. `1000` to report milliseconds for a field in seconds; defaults to 1.
    public var scale: Located<Decimal>
    public var round: Located<MetricRounding>
    public var range: SourceRange?

    public init(scale: Located<Decimal>, round: Located<MetricRounding>, range: SourceRange?) {
        self.scale = scale
        self.round = round
        self.range = range
    }
}

/// `metric.decimal.round`.
public enum MetricRounding: String, Sendable, Hashable, CaseIterable {
    case up, down, nearest
}
