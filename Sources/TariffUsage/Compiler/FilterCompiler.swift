import Foundation
package import TariffConfig
import TariffSupport

/// A meter's filter, and the values its metric reads, as SQL expressions with the meaning of
/// docs/usage.md. Every test is two-valued (never SQL's NULL), so `not` is plain negation and
/// `ne` / `not_in` are exactly `not eq` / `not in`.
package enum FilterCompiler {
    /// The filter as a condition that is true for the events that count.
    package static func condition(_ filter: MeterFilter) -> SQLExpression {
        switch filter {
        case .all(let children): .and(children.map { condition($0.value) })
        case .any(let children): .or(children.map { condition($0.value) })
        case .not(let child): .not(condition(child.value))
        case .condition(let leaf): test(leaf.test.value, path: path(leaf.field.value))
        }
    }

    /// `request.route` → `["request", "route"]`.
    package static func path(_ field: String) -> [String] {
        field.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    private static func test(_ test: FilterTest, path: [String]) -> SQLExpression {
        switch test {
        case .eq(let value): equals(path, value)
        case .ne(let value): .not(equals(path, value))
        case .in(let values): values.isEmpty ? .boolean(false) : .or(values.map { equals(path, $0) })
        case .notIn(let values): values.isEmpty ? .boolean(true) : .not(.or(values.map { equals(path, $0) }))
        case .exists(let present):
            present ? .json(.isPresent, path: path) : .not(.json(.isPresent, path: path))
        case .range(let bounds): inRange(path, bounds)
        case .prefix(let prefix):
            .and([.json(.isString, path: path), .hasPrefix(.json(.string, path: path), prefix: prefix)])
        case .glob(let pattern):
            .and([.json(.isString, path: path), .matchesGlob(.json(.string, path: path), pattern: pattern)])
        }
    }

    /// Strings equal strings exactly; numbers equal numbers and numeric strings by value;
    /// booleans equal JSON booleans.
    private static func equals(_ path: [String], _ value: FilterValue) -> SQLExpression {
        switch value {
        case .string(let text):
            .and([.json(.isString, path: path), .compare(.json(.string, path: path), .equal, .string(text))])
        case .number(let number):
            .coalesce([.compare(numericValue(path), .equal, .number(literal(number))), .boolean(false)])
        case .bool(let flag): .json(flag ? .isTrue : .isFalse, path: path)
        }
    }

    private static func inRange(_ path: [String], _ bounds: FilterRange) -> SQLExpression {
        let value = numericValue(path)
        var parts: [SQLExpression] = []
        if let gt = bounds.gt { parts.append(.compare(value, .greater, .number(literal(gt)))) }
        if let gte = bounds.gte { parts.append(.compare(value, .greaterOrEqual, .number(literal(gte)))) }
        if let lt = bounds.lt { parts.append(.compare(value, .less, .number(literal(lt)))) }
        if let lte = bounds.lte { parts.append(.compare(value, .lessOrEqual, .number(literal(lte)))) }
        return .coalesce([parts.count == 1 ? parts[0] : .and(parts), .boolean(false)])
    }

    /// Whether the field holds a number or a numeric string.
    package static func isNumeric(_ path: [String]) -> SQLExpression {
        .or([
            .json(.isNumber, path: path),
            .and([.json(.isString, path: path), .isNumericText(.json(.string, path: path))]),
        ])
    }

    /// The field as a double when it is a number or a numeric string; NULL otherwise.
    package static func numericValue(_ path: [String]) -> SQLExpression {
        .caseWhen(
            [
                SQLWhen(.json(.isNumber, path: path), .json(.number, path: path)),
                SQLWhen(
                    .and([.json(.isString, path: path), .isNumericText(.json(.string, path: path))]),
                    .textToDouble(.json(.string, path: path))),
            ], otherwise: nil)
    }

    /// Whether the field has a `unique_count` key: a string, or a whole number below 2^53.
    package static func hasUniqueKey(_ path: [String]) -> SQLExpression {
        let number = SQLExpression.json(.number, path: path)
        return .or([
            .json(.isString, path: path),
            .and([
                .json(.isNumber, path: path), .isIntegral(number),
                .compare(number, .less, .number("9007199254740992")),
                .compare(number, .greater, .number("-9007199254740992")),
            ]),
        ])
    }

    /// The `unique_count` key: a string as is, a whole number as its decimal digits (so `42`
    /// and `"42"` are one value).
    package static func uniqueKey(_ path: [String]) -> SQLExpression {
        .caseWhen(
            [
                SQLWhen(.json(.isString, path: path), .json(.string, path: path)),
                SQLWhen(.json(.isNumber, path: path), .integerText(.json(.number, path: path))),
            ], otherwise: nil)
    }

    /// A config number as SQL text (`200`, `0.25`, `-3`).
    static func literal(_ number: Decimal) -> String {
        MinorUnits(number).text
    }
}
