package import Foundation

/// How amounts combine with units and billing periods in a plan: `$49.00 / month`,
/// `$0.002 per unit`, `$5.00 per 1,000 units (rounded up)`.
extension Money {
    /// A billing period: `month`, `3 months`, `year`.
    ///
    /// - Parameters:
    ///   - interval: Stripe's `recurring.interval` (`day`, `week`, `month`, `year`).
    ///   - count: `recurring.interval_count`; 1 names the interval alone.
    package static func period(_ interval: String, count: Int = 1) -> String {
        count == 1 ? interval : "\(groupThousands(count)) \(interval)s"
    }

    /// A fixed amount per billing period, or once when the price is not recurring:
    /// `$49.00 / month`, `€9.00 / 3 months`, `$250.00 once`.
    package static func recurring(
        amountMinor: Decimal, currency: String, interval: String?, count: Int = 1
    ) -> String {
        let amount = format(amountMinor: amountMinor, currency: currency)
        guard let interval else { return amount + " once" }
        return amount + " / " + period(interval, count: count)
    }

    /// The same amount for every unit: `$0.002 per unit`.
    package static func perUnit(amountMinor: Decimal, currency: String) -> String {
        format(amountMinor: amountMinor, currency: currency) + " per unit"
    }

    /// A price per block of units (Stripe `transform_quantity`):
    /// `$5.00 per 1,000 units (rounded up)`.
    ///
    /// - Parameters:
    ///   - size: units per package (`divide_by`).
    ///   - roundUp: whether a partial package is charged in full (`round: up`).
    package static func package(
        amountMinor: Decimal, currency: String, size: Int, roundUp: Bool
    ) -> String {
        let amount = format(amountMinor: amountMinor, currency: currency)
        let units = size == 1 ? "unit" : "\(groupThousands(size)) units"
        return "\(amount) per \(units) (rounded \(roundUp ? "up" : "down"))"
    }
}
