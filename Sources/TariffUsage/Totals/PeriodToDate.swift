package import TariffConfig

/// A meter's value over a billing period, from its window totals, as Stripe's meter aggregates
/// what `tariff usage apply` reports: the value a metered invoice line would bill.
package enum PeriodToDate {
    /// `count` and `sum` meters report each window's amount and their Stripe meters sum them
    /// (formula `sum`); `unique_count`, `max` and `last` report period-to-date values and their
    /// meters keep the last one (formula `last`), which is the latest window's (docs/usage.md).
    /// Zero without windows.
    package static func value(of totals: [UsageTotal], aggregate: MetricAggregate) -> Int64 {
        switch aggregate {
        case .count, .sum:
            return totals.reduce(0) { $0 &+ $1.value }
        case .uniqueCount, .max, .last:
            return totals.max { $0.windowStart < $1.windowStart }?.value ?? 0
        }
    }
}
