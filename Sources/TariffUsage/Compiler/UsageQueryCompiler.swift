import Foundation
import TariffConfig

/// Compiles a meter into one `SELECT` (docs/usage.md): the filter becomes the `WHERE` of the
/// innermost query, the metric its aggregate, grouped by company and UTC window; the outer
/// query applies `decimal: {scale, round}` to each window's total.
///
/// Values of fields are carried in micro-units (the value × 10^6, rounded to an integer), so
/// sums are exact integer sums in every engine whatever the order of rows.
package enum UsageQueryCompiler {
    /// Field values are read to this many decimal places.
    package static let microUnits: Int64 = 1_000_000

    /// The query tree of `request`.
    package static func compile(_ request: UsageQueryRequest) -> SQLSelect {
        let metric = request.meter.metric
        let aggregate = metric.aggregate.value
        let path = metric.field.map { FilterCompiler.path($0.value) } ?? []
        var builder = QueryBuilder(request: request)
        let totals: SQLSelect
        switch aggregate {
        case .count:
            let matched = builder.matched(value: nil)
            totals = builder.grouped(matched, raw: .aggregate(.count, nil))
        case .sum:
            let matched = builder.matched(value: micros(path))
            totals = builder.grouped(matched, raw: .aggregate(.sum, .column("v")))
        case .last:
            let matched = builder.matched(value: micros(path), withTime: true)
            totals = builder.latest(matched)
        case .max:
            let matched = builder.matched(value: micros(path), withPeriod: true)
            totals = builder.periodMaximum(matched)
        case .uniqueCount:
            let matched = builder.matched(value: FilterCompiler.uniqueKey(path), withPeriod: true)
            totals = builder.periodUniqueCount(matched)
        }
        let unit = aggregate == .count || aggregate == .uniqueCount ? 1 : microUnits
        let value = scaled(.column("raw"), unit: unit, decimal: metric.decimal)
        return SQLSelect(
            columns: [
                SQLColumn(.string(request.meter.key), as: "meter"), .same("company"),
                SQLColumn(.cast(.column("window_start"), .integer), as: "window_start"),
                SQLColumn(value, as: "value"),
            ],
            from: .subquery(totals, alias: "totals"),
            filter: builder.outputFilter,
            orderBy: [SQLOrder(.column("company")), SQLOrder(.column("window_start"))])
    }

    /// The SQL text of `request` in `dialect`.
    package static func sql(_ request: UsageQueryRequest, dialect: SQLDialect) -> String {
        SQLPrinter(dialect, layout: request.layout).print(compile(request))
    }

    /// A field's numeric value in micro-units.
    static func micros(_ path: [String]) -> SQLExpression {
        .roundToInteger(
            .arithmetic(FilterCompiler.numericValue(path), .times, .number(String(microUnits))))
    }

    /// `raw / unit × scale`, rounded as `decimal.round` says (to the nearest without `decimal`).
    static func scaled(_ raw: SQLExpression, unit: Int64, decimal: DecimalScaling?) -> SQLExpression {
        let (numerator, denominator) = fraction(decimal?.scale.value ?? 1, over: unit)
        let rounding: SQLRounding =
            switch decimal?.round.value {
            case .up: .up
            case .down: .down
            case .nearest, nil: .nearest
            }
        let product = numerator == 1 ? raw : .arithmetic(raw, .times, .integer(numerator))
        return .divide(product, by: denominator, rounding)
    }

    /// `scale / unit` as a reduced fraction of integers.
    static func fraction(_ scale: Decimal, over unit: Int64) -> (Int64, Int64) {
        var numerator = scale
        var denominator = Decimal(unit)
        while numerator != numerator.wholePart(), denominator < Decimal(Int64.max / 10) {
            numerator *= 10
            denominator *= 10
        }
        let n = NSDecimalNumber(decimal: numerator).int64Value
        let d = NSDecimalNumber(decimal: denominator).int64Value
        let divisor = gcd(n, d)
        return (n / divisor, d / divisor)
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (abs(a), abs(b))
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }
}

extension Decimal {
    /// Rounded to a whole number (plain rounding): equal to `self` only for whole numbers.
    fileprivate func wholePart() -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
