/// Prints the SQL tree in one dialect, one clause per line and inner queries indented.
package struct SQLPrinter: Sendable {
    package let rules: any SQLDialectRules

    package init(_ dialect: SQLDialect, layout: EventTableLayout) {
        rules =
            switch dialect {
            case .sqlite: SQLiteRules(layout: layout)
            case .postgres: PostgresRules(layout: layout)
            case .clickhouse: ClickHouseRules(layout: layout)
            case .duckdb: DuckDBRules(layout: layout)
            case .bigquery: BigQueryRules(layout: layout)
            }
    }

    /// The statement, ending in a newline (no semicolon: drivers differ on it).
    package func print(_ select: SQLSelect) -> String {
        lines(select, indent: "").joined(separator: "\n") + "\n"
    }

    private func lines(_ select: SQLSelect, indent: String) -> [String] {
        let columns = select.columns.map { column in
            let value = expression(column.expression)
            return value == column.name ? value : "\(value) AS \(column.name)"
        }
        var result = [
            indent + "SELECT " + (select.distinct ? "DISTINCT " : "") + columns.joined(separator: ", ")
        ]
        switch select.from {
        case .events:
            result.append(indent + "FROM " + rules.table)
        case .numberedEvents(let start, let end):
            let id = rules.identifier(rules.layout.id ?? rules.layout.time)
            let copy = "ROW_NUMBER() OVER (PARTITION BY \(id) ORDER BY \(rules.time)) AS tariff_copy"
            result += [
                indent + "FROM (",
                indent + "  SELECT *, " + copy,
                indent + "  FROM " + rules.table,
                indent + "  WHERE " + rules.eventTimeIn(start: start, end: end),
                indent + ") AS numbered",
            ]
        case .subquery(let inner, let alias):
            result.append(indent + "FROM (")
            result += lines(inner, indent: indent + "  ")
            result.append(indent + ") AS " + alias)
        }
        if let filter = select.filter {
            result.append(indent + "WHERE " + expression(filter, top: true))
        }
        if !select.groupBy.isEmpty {
            result.append(
                indent + "GROUP BY " + select.groupBy.map { expression($0) }.joined(separator: ", "))
        }
        if !select.orderBy.isEmpty {
            result.append(indent + "ORDER BY " + select.orderBy.map(order).joined(separator: ", "))
        }
        return result
    }

    private func order(_ order: SQLOrder) -> String {
        expression(order.expression) + (order.descending ? " DESC" : "")
    }

    /// An expression; compound ones are parenthesized unless `top`.
    package func expression(_ node: SQLExpression, top: Bool = false) -> String {
        func wrap(_ text: String) -> String { top ? text : "(" + text + ")" }
        switch node {
        case .column(let name): return name
        case .integer(let value): return value < 0 ? "(\(value))" : String(value)
        case .number(let text): return rules.numberLiteral(text)
        case .string(let text): return rules.stringLiteral(text)
        case .boolean(let value): return rules.boolean(value)
        case .not(let inner): return wrap("NOT " + expression(inner))
        case .and(let parts): return wrap(parts.map { expression($0) }.joined(separator: " AND "))
        case .or(let parts): return wrap(parts.map { expression($0) }.joined(separator: " OR "))
        case .compare(let left, let op, let right):
            return wrap(expression(left) + " " + op.rawValue + " " + expression(right))
        case .arithmetic(let left, let op, let right):
            return wrap(expression(left) + " " + op.rawValue + " " + expression(right))
        case .caseWhen(let whens, let otherwise):
            var text = "CASE"
            for when in whens {
                text +=
                    " WHEN " + expression(when.condition, top: true) + " THEN "
                    + expression(when.result, top: true)
            }
            if let otherwise { text += " ELSE " + expression(otherwise, top: true) }
            return text + " END"
        case .coalesce(let parts):
            return "COALESCE(" + parts.map { expression($0, top: true) }.joined(separator: ", ") + ")"
        case .aggregate(let function, let argument):
            return function.rawValue + "(" + (argument.map { expression($0, top: true) } ?? "*") + ")"
        case .window(let function, let partition, let order):
            return windowFunction(function, partition: partition, order: order)
        case .cast(let value, let type): return rules.cast(expression(value, top: true), type)
        case .json(let access, let path): return rules.json(access, path: path)
        case .textToDouble(let text): return rules.textToDouble(expression(text, top: true))
        case .isNumericText(let text): return rules.isNumericText(expression(text))
        case .matchesGlob(let text, let pattern): return rules.matchesGlob(expression(text), pattern: pattern)
        case .hasPrefix(let text, let prefix):
            return rules.hasPrefix(expression(text, top: true), prefix: prefix)
        case .isIntegral(let value): return rules.isIntegral(expression(value))
        case .integerText(let value): return rules.integerText(expression(value, top: true))
        case .roundToInteger(let value): return rules.roundToInteger(expression(value, top: true))
        case .divide(let value, let divisor, let rounding): return divide(value, divisor, rounding)
        case .quotient(let value, let divisor):
            return rules.integerDivide(expression(value, top: true), "\(divisor)")
        case .eventCompany: return rules.identifier(rules.layout.company)
        case .eventMillis: return rules.eventMillis
        case .eventTimeIn(let start, let end): return wrap(rules.eventTimeIn(start: start, end: end))
        }
    }

    private func windowFunction(
        _ function: SQLWindowFunction, partition: [SQLExpression], order: [SQLOrder]
    ) -> String {
        var over: [String] = []
        if !partition.isEmpty {
            over.append("PARTITION BY " + partition.map { expression($0) }.joined(separator: ", "))
        }
        if !order.isEmpty { over.append("ORDER BY " + order.map(self.order).joined(separator: ", ")) }
        switch function {
        case .rowNumber:
            return "ROW_NUMBER() OVER (" + over.joined(separator: " ") + ")"
        case .running(let aggregate, let argument):
            over.append("ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW")
            return aggregate.rawValue + "(" + expression(argument, top: true) + ") OVER ("
                + over.joined(separator: " ") + ")"
        case .partition(let aggregate, let argument):
            return aggregate.rawValue + "(" + expression(argument, top: true) + ") OVER ("
                + over.joined(separator: " ") + ")"
        }
    }

    /// `value / divisor` rounded, from truncating divisions of non-negative numbers only, since
    /// the dialects disagree on negative operands.
    private func divide(_ value: SQLExpression, _ divisor: Int64, _ rounding: SQLRounding) -> String {
        let a = expression(value)
        guard divisor != 1 else { return rules.cast(a, .integer) }
        let div: (String, String) -> String = { rules.integerDivide($0, $1) }
        let positive: String
        let negative: String
        switch rounding {
        case .down:
            positive = div(a, "\(divisor)")
            negative = "-" + div("-\(a) + \(divisor - 1)", "\(divisor)")
        case .up:
            positive = div("\(a) + \(divisor - 1)", "\(divisor)")
            negative = "-" + div("-\(a)", "\(divisor)")
        case .nearest:
            positive = div("2 * \(a) + \(divisor)", "\(2 * divisor)")
            negative = "-" + div("-2 * \(a) + \(divisor)", "\(2 * divisor)")
        }
        return rules.cast("CASE WHEN \(a) >= 0 THEN \(positive) ELSE \(negative) END", .integer)
    }
}
