/// A `SELECT` of the SQL tree: the only statement a meter compiles to.
package struct SQLSelect: Sendable, Hashable {
    package var distinct = false
    package var columns: [SQLColumn]
    package var from: SQLSource
    package var filter: SQLExpression?
    package var groupBy: [SQLExpression] = []
    package var orderBy: [SQLOrder] = []

    package init(
        distinct: Bool = false, columns: [SQLColumn], from: SQLSource, filter: SQLExpression? = nil,
        groupBy: [SQLExpression] = [], orderBy: [SQLOrder] = []
    ) {
        self.distinct = distinct
        self.columns = columns
        self.from = from
        self.filter = filter
        self.groupBy = groupBy
        self.orderBy = orderBy
    }
}

/// One output column, `expression AS name`.
package struct SQLColumn: Sendable, Hashable {
    package var expression: SQLExpression
    package var name: String

    package init(_ expression: SQLExpression, as name: String) {
        self.expression = expression
        self.name = name
    }

    /// A column passed through under its own name.
    package static func same(_ name: String) -> SQLColumn {
        SQLColumn(.column(name), as: name)
    }
}

/// What a `SELECT` reads.
package indirect enum SQLSource: Sendable, Hashable {
    /// The events table of the query's layout.
    case events
    /// The events of `[start, end)` (epoch seconds), each numbered among the rows sharing its
    /// id (``EventTableLayout/id``) by time, as `tariff_copy`: copy 1 is the one that counts.
    case numberedEvents(start: Int64, end: Int64)
    case subquery(SQLSelect, alias: String)
}
