import Foundation
import TariffConfig

/// The inner queries of one meter's `SELECT`, one per metric shape. Each returns a relation of
/// `company`, `window_start` and `raw` (the window's total before scaling).
struct QueryBuilder {
    let request: UsageQueryRequest
    /// Set when the scan reaches back before the requested range (period-to-date metrics): the
    /// outer query keeps only the requested windows.
    private(set) var outputFilter: SQLExpression?

    init(request: UsageQueryRequest) {
        self.request = request
    }

    private var window: UsageWindow { request.range.window }

    /// The events that count: in the time range (from the start of the billing period for
    /// period-to-date metrics), passing the filter, with a value for the metric; one row each
    /// with `company`, `window_start` and, as asked, `v`, `event_ms` and `period_start`.
    mutating func matched(
        value: SQLExpression?, withTime: Bool = false, withPeriod: Bool = false
    ) -> SQLSelect {
        var start = request.range.start
        if withPeriod {
            start = periodScanStart()
            if start < request.range.start {
                outputFilter = .compare(
                    .column("window_start"), .greaterOrEqual, .integer(request.range.start))
            }
        }
        let windowStart = SQLExpression.arithmetic(
            .quotient(.eventMillis, by: window.seconds * 1_000), .times, .integer(window.seconds))
        var columns = [
            SQLColumn(request.layout == .store ? .eventCompany : .cast(.eventCompany, .text), as: "company"),
            SQLColumn(windowStart, as: "window_start"),
        ]
        if let value { columns.append(SQLColumn(value, as: "v")) }
        if withTime { columns.append(SQLColumn(.eventMillis, as: "event_ms")) }
        var conditions: [SQLExpression] = [.eventTimeIn(start: start, end: request.range.end)]
        if let filter = request.meter.filter { conditions.append(FilterCompiler.condition(filter.value)) }
        if let field = request.meter.metric.field {
            let path = FilterCompiler.path(field.value)
            conditions.append(
                request.meter.metric.aggregate.value == .uniqueCount
                    ? FilterCompiler.hasUniqueKey(path) : FilterCompiler.isNumeric(path))
        }
        var source = SQLSource.events
        if request.layout.id != nil {
            source = .numberedEvents(start: start, end: request.range.end)
            conditions.append(.compare(.column("tariff_copy"), .equal, .integer(1)))
        }
        let events = SQLSelect(columns: columns, from: source, filter: .and(conditions))
        guard withPeriod else { return events }
        return SQLSelect(
            columns: ["company", "window_start", "v"].map(SQLColumn.same) + [
                SQLColumn(periodStart(from: start), as: "period_start")
            ],
            from: .subquery(events, alias: "counted"))
    }

    /// `raw` = `aggregate` per company and window.
    func grouped(_ matched: SQLSelect, raw: SQLExpression) -> SQLSelect {
        SQLSelect(
            columns: [.same("company"), .same("window_start"), SQLColumn(raw, as: "raw")],
            from: .subquery(matched, alias: "matched"),
            groupBy: [.column("company"), .column("window_start")])
    }

    /// `raw` = the value of the window's latest event; among events of the same millisecond,
    /// the greatest value.
    func latest(_ matched: SQLSelect) -> SQLSelect {
        let ranked = SQLSelect(
            columns: [
                .same("company"), .same("window_start"), .same("v"),
                SQLColumn(
                    .window(
                        .rowNumber, partition: [.column("company"), .column("window_start")],
                        order: [
                            SQLOrder(.column("event_ms"), descending: true),
                            SQLOrder(.column("v"), descending: true),
                        ]),
                    as: "recency"),
            ],
            from: .subquery(matched, alias: "matched"))
        return SQLSelect(
            columns: [.same("company"), .same("window_start"), SQLColumn(.column("v"), as: "raw")],
            from: .subquery(ranked, alias: "ranked"),
            filter: .compare(.column("recency"), .equal, .integer(1)))
    }

    /// `raw` = the greatest value from the start of the window's billing period to its end.
    func periodMaximum(_ matched: SQLSelect) -> SQLSelect {
        let perWindow = SQLSelect(
            columns: [
                .same("company"), .same("period_start"), .same("window_start"),
                SQLColumn(.aggregate(.max, .column("v")), as: "window_max"),
            ],
            from: .subquery(matched, alias: "matched"),
            groupBy: [.column("company"), .column("period_start"), .column("window_start")])
        return SQLSelect(
            columns: [
                .same("company"), .same("window_start"),
                SQLColumn(runningTotal(.max, of: "window_max"), as: "raw"),
            ],
            from: .subquery(perWindow, alias: "windows"))
    }

    /// `raw` = the distinct keys seen from the start of the window's billing period to its end:
    /// each key counts in the first window it appears in, and the counts accumulate.
    func periodUniqueCount(_ matched: SQLSelect) -> SQLSelect {
        let keys = ["company", "period_start", "window_start"]
        let distinct = SQLSelect(
            distinct: true, columns: (keys + ["v"]).map(SQLColumn.same),
            from: .subquery(matched, alias: "matched"))
        let firsts = SQLSelect(
            columns: (keys + ["v"]).map(SQLColumn.same) + [
                SQLColumn(
                    .window(
                        .partition(.min, .column("window_start")),
                        partition: [.column("company"), .column("period_start"), .column("v")], order: []),
                    as: "first_window")
            ],
            from: .subquery(distinct, alias: "seen"))
        let fresh = SQLSelect(
            columns: keys.map(SQLColumn.same) + [
                SQLColumn(
                    .aggregate(
                        .sum,
                        .caseWhen(
                            [
                                SQLWhen(
                                    .compare(.column("window_start"), .equal, .column("first_window")),
                                    .integer(1))
                            ],
                            otherwise: .integer(0))),
                    as: "new_keys")
            ],
            from: .subquery(firsts, alias: "firsts"),
            groupBy: keys.map(SQLExpression.column))
        return SQLSelect(
            columns: [
                .same("company"), .same("window_start"),
                SQLColumn(runningTotal(.sum, of: "new_keys"), as: "raw"),
            ],
            from: .subquery(fresh, alias: "windows"))
    }

    /// `aggregate(column)` from the period's first window to the current one.
    private func runningTotal(_ aggregate: SQLAggregate, of column: String) -> SQLExpression {
        .window(
            .running(aggregate, .column(column)), partition: [.column("company"), .column("period_start")],
            order: [SQLOrder(.column("window_start"))])
    }

    /// Where the scan starts for period-to-date metrics: the start of the period (listed, or
    /// else the calendar month) that the range's first window falls in, whichever is earliest.
    private func periodScanStart() -> Int64 {
        let first = request.range.start
        var start = UTCTime.monthStart(of: first)
        for period in request.periods.periods where period.start <= first && first < period.end {
            start = min(start, UTCTime.windowStart(of: period.start, window))
        }
        return min(start, first)
    }

    /// The start of the billing period a window falls in: the listed period of its company that
    /// contains the window's start, else the calendar month of it.
    private func periodStart(from scanStart: Int64) -> SQLExpression {
        let windowStart = SQLExpression.column("window_start")
        var months: [Int64] = []
        var month = UTCTime.monthStart(of: scanStart)
        while month < request.range.end {
            months.append(month)
            month = UTCTime.nextMonthStart(after: month)
        }
        var fallback = SQLExpression.integer(months.last ?? UTCTime.monthStart(of: scanStart))
        if months.count > 1 {
            fallback = .caseWhen(
                zip(months, months.dropFirst()).map { current, next in
                    SQLWhen(.compare(windowStart, .less, .integer(next)), .integer(current))
                }, otherwise: fallback)
        }
        let listed = request.periods.periods.filter { $0.end > scanStart && $0.start < request.range.end }
        guard !listed.isEmpty else { return fallback }
        return .caseWhen(
            listed.map { period in
                SQLWhen(
                    .and([
                        .compare(.column("company"), .equal, .string(period.company)),
                        .compare(windowStart, .greaterOrEqual, .integer(period.start)),
                        .compare(windowStart, .less, .integer(period.end)),
                    ]), .integer(period.start))
            }, otherwise: fallback)
    }
}
