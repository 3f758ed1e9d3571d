package import Foundation

/// A recurring price's billing period: Stripe's `recurring.interval` and `interval_count`.
package struct RecurringPeriod: Sendable, Hashable {
    package var interval: Interval
    /// At least 1.
    package var count: Int

    package init(_ interval: Interval, count: Int = 1) {
        self.interval = interval
        self.count = count
    }

    /// `recurring.interval`.
    package enum Interval: String, Sendable, Hashable, CaseIterable {
        case day, week, month, year
    }

    /// How many of this period make a month, as an exact fraction (numerator, denominator).
    ///
    /// Stripe defines MRR as "the monthly-normalized value" of active subscriptions and shows
    /// a year as twelve months (https://docs.stripe.com/billing/subscriptions/analytics/glossary),
    /// but does not say how it normalises days and weeks [unverified]; Tariff takes the
    /// calendar averages: a year is 12 months, 52 weeks or 365 days.
    var perMonth: (numerator: Int, denominator: Int) {
        let count = Swift.max(self.count, 1)
        switch interval {
        case .day: return (365, 12 * count)
        case .week: return (52, 12 * count)
        case .month: return (1, count)
        case .year: return (1, 12 * count)
        }
    }
}

/// Monthly recurring revenue: what a licensed recurring price earns per month.
package enum MonthlyRecurring {
    /// `amountPerPeriod` (what one billing period charges, in minor units, for example a
    /// ``PriceCharge/exactAmount`` for the subscription item's quantity) normalised to a month.
    ///
    /// The result is exact for months and years; for days and weeks it is the nearest `Decimal`
    /// (38 significant digits) to a fraction that has no finite decimal expansion. Round it
    /// only for display.
    package static func normalise(_ amountPerPeriod: Decimal, every period: RecurringPeriod) -> Decimal {
        let (numerator, denominator) = period.perMonth
        return amountPerPeriod * Decimal(numerator) / Decimal(denominator)
    }

    /// The MRR of a licensed recurring price × quantity: the charge for `quantity` under
    /// `scheme`, normalised to a month.
    package static func of(
        _ scheme: PriceScheme, quantity: Int, every period: RecurringPeriod
    ) -> Decimal {
        normalise(scheme.charge(for: Decimal(quantity)).exactAmount, every: period)
    }
}
