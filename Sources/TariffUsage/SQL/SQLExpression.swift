/// An expression of the small SQL tree a meter compiles to.
///
/// Most cases are plain SQL that every dialect spells alike. The cases after `cast` carry a
/// meaning that the dialects spell differently (reading a JSON field, matching a glob, rounding,
/// the event time); each ``SQLDialectRules`` spells them so that every engine computes the same
/// values (docs/usage.md).
package indirect enum SQLExpression: Sendable, Hashable {
    /// A column of the relation being read, or an alias of an inner query.
    case column(String)
    case integer(Int64)
    /// A decimal literal such as `0.25`, compared as a double.
    case number(String)
    case string(String)
    case boolean(Bool)
    case not(SQLExpression)
    case and([SQLExpression])
    case or([SQLExpression])
    case compare(SQLExpression, SQLComparison, SQLExpression)
    case arithmetic(SQLExpression, SQLArithmetic, SQLExpression)
    case caseWhen([SQLWhen], otherwise: SQLExpression?)
    case coalesce([SQLExpression])
    /// `COUNT(*)` when the argument is `nil`.
    case aggregate(SQLAggregate, SQLExpression?)
    /// An aggregate or `ROW_NUMBER()` over a window; aggregates use the running frame
    /// (from the partition's first row to the current row).
    case window(SQLWindowFunction, partition: [SQLExpression], order: [SQLOrder])
    case cast(SQLExpression, SQLType)

    /// A test or a value of a field of the event body.
    case json(JSONAccess, path: [String])
    /// Text that ``isNumericText`` accepted, as a double.
    case textToDouble(SQLExpression)
    /// Whether text is a numeral `-?[0-9]+(.[0-9]+)?` (docs/usage.md#numbers).
    case isNumericText(SQLExpression)
    /// Whether text matches a glob: `*` any run of characters, `?` one, the rest literal.
    case matchesGlob(SQLExpression, pattern: String)
    case hasPrefix(SQLExpression, prefix: String)
    /// Whether a double has no fractional part.
    case isIntegral(SQLExpression)
    /// A double with no fractional part (and below 2^53) as the text of its integer.
    case integerText(SQLExpression)
    /// A double rounded to the nearest integer, halves away from zero, as a 64-bit integer.
    case roundToInteger(SQLExpression)
    /// An integer divided by a positive constant, rounded as asked, as a 64-bit integer.
    case divide(SQLExpression, by: Int64, SQLRounding)
    /// A non-negative integer divided by a positive constant, truncated.
    case quotient(SQLExpression, by: Int64)
    /// The events table's company column.
    case eventCompany
    /// The event's time in epoch milliseconds.
    case eventMillis
    /// Whether the event's time is in `[start, end)` (epoch seconds), on the time column itself
    /// so that an index on it serves.
    case eventTimeIn(start: Int64, end: Int64)
}

/// One `WHEN … THEN …` of a `CASE`.
package struct SQLWhen: Sendable, Hashable {
    package var condition: SQLExpression
    package var result: SQLExpression

    package init(_ condition: SQLExpression, _ result: SQLExpression) {
        self.condition = condition
        self.result = result
    }
}

package enum SQLComparison: String, Sendable, Hashable {
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

package enum SQLArithmetic: String, Sendable, Hashable {
    case plus = "+"
    case minus = "-"
    case times = "*"
}

package enum SQLAggregate: String, Sendable, Hashable {
    case count = "COUNT"
    case sum = "SUM"
    case max = "MAX"
    case min = "MIN"
}

package enum SQLWindowFunction: Sendable, Hashable {
    case rowNumber
    case running(SQLAggregate, SQLExpression)
    /// The aggregate over the whole partition (no ordering, no frame).
    case partition(SQLAggregate, SQLExpression)
}

package struct SQLOrder: Sendable, Hashable {
    package var expression: SQLExpression
    package var descending: Bool

    package init(_ expression: SQLExpression, descending: Bool = false) {
        self.expression = expression
        self.descending = descending
    }
}

package enum SQLType: Sendable, Hashable {
    case integer
    case text
}

/// How a division by a constant is rounded (docs/usage.md#decimal).
package enum SQLRounding: Sendable, Hashable {
    /// Toward positive infinity.
    case up
    /// Toward negative infinity.
    case down
    /// To the nearest integer, halves away from zero.
    case nearest
}

/// What is read of a JSON field.
package enum JSONAccess: Sendable, Hashable {
    /// The field is present and not `null`.
    case isPresent
    case isString
    case isNumber
    case isTrue
    case isFalse
    /// The text of a string field (only meaningful where ``isString`` holds).
    case string
    /// The value of a number field as a double (only meaningful where ``isNumber`` holds).
    case number
}
