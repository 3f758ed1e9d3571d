import Foundation
import TariffDiagnostics
import TariffEngine
import TariffStripe

/// Small builders that keep the hand-built plans readable.
enum Build {
    /// A range in `tariff.yaml` starting at `line:column` and ending on the next line.
    static func at(_ line: Int, _ column: Int, file: String = "tariff.yaml") -> SourceRange {
        SourceRange(
            start: SourceLocation(file: file, line: line, column: column),
            end: SourceLocation(file: file, line: line + 1, column: column))
    }

    static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }

    /// Money charged per unit (metered).
    static func perUnit(_ minor: String, _ currency: String = "usd") -> PlanValue {
        .amount(PlanAmount(minorUnits: decimal(minor), currency: currency, basis: .unit))
    }

    /// Money charged per period, or once when `interval` is nil.
    static func flat(
        _ minor: String, _ currency: String = "usd", per interval: String? = "month", count: Int = 1
    ) -> PlanValue {
        .amount(
            PlanAmount(
                minorUnits: decimal(minor), currency: currency,
                basis: .period(interval: interval, count: count)))
    }

    /// Money charged per block of units.
    static func package(_ minor: String, size: Int, _ currency: String = "usd") -> PlanValue {
        .amount(PlanAmount(minorUnits: decimal(minor), currency: currency, basis: .package(size: size)))
    }

    static func tiers(_ mode: String, currency: String = "usd", _ rows: [(Int?, String, String)]) -> PlanValue
    {
        .tiers(
            PlanTiers(
                mode: mode, currency: currency,
                tiers: rows.map { PlanTier(upTo: $0.0, unitAmount: decimal($0.1), flatAmount: decimal($0.2)) }
            ))
    }

    /// A field a create sets.
    static func set(_ field: PlanField, _ value: PlanValue, at range: SourceRange? = nil) -> FieldChange {
        FieldChange(field: field, before: nil, after: value, range: range)
    }

    static func string(_ field: PlanField, _ value: String, at range: SourceRange? = nil) -> FieldChange {
        set(field, .string(value), at: range)
    }

    /// Subscriber counts by status, sorted by status as the engine keeps them.
    static func impact(
        _ priceID: String, _ counts: [String: Int], policy: SubscriberPolicyKind = .grandfather,
        proration: StripeProrationBehavior = .createProrations, explicit: Bool = false
    ) -> SubscriberImpact {
        SubscriberImpact(
            priceID: priceID,
            countsByStatus: counts.sorted { $0.key < $1.key }.map {
                StatusCount(status: $0.key, count: $0.value)
            },
            policy: policy, proration: proration, policyIsExplicit: explicit)
    }

    /// The migration items of `count` subscriptions of one status.
    static func items(
        _ count: Int, status: StripeEnum<StripeSubscriptionStatus> = StripeEnum(.active),
        from offset: Int = 0, scheduled: Int = 0,
        quantity: Int? = nil
    ) -> [MigrationItem] {
        (0..<count).map { index in
            let number = offset + index + 1
            return MigrationItem(
                subscriptionID: "sub_\(number)", itemID: "si_\(number)", status: status, quantity: quantity,
                hasSchedule: index < scheduled)
        }
    }

    static let context = PlanContext(
        accountID: "acct_1Example", mode: .test, apiVersion: "2026-10-28.endive", namespace: "acme",
        configDigest: "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8")

    static let searchUsage = ResourceAddress.price(product: "search_api", price: "search_usage")
    static let platformFee = ResourceAddress.price(product: "search_api", price: "platform_fee")
    static let seats = ResourceAddress.price(product: "search_api", price: "seats")
}
