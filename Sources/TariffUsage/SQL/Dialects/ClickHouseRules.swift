/// ClickHouse: a `String` body read with the `JSONExtract*` functions (which never return
/// NULL: a missing field reads as `Null` type, `''` or `0`).
struct ClickHouseRules: SQLDialectRules {
    let layout: EventTableLayout

    /// Backslashes and quotes escaped: ClickHouse literals read backslash escapes.
    func stringLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            + "'"
    }

    private func arguments(_ path: [String]) -> String {
        ([body] + path.map(stringLiteral)).joined(separator: ", ")
    }

    func json(_ access: JSONAccess, path: [String]) -> String {
        let type = "JSONType(\(arguments(path)))"
        return switch access {
        case .isPresent: "\(type) <> 'Null'"
        case .isString: "\(type) = 'String'"
        case .isNumber: "\(type) IN ('Int64', 'UInt64', 'Double')"
        case .isTrue: "(\(type) = 'Bool' AND JSONExtractBool(\(arguments(path))))"
        case .isFalse: "(\(type) = 'Bool' AND NOT JSONExtractBool(\(arguments(path))))"
        case .string: "JSONExtractString(\(arguments(path)))"
        case .number: "JSONExtractFloat(\(arguments(path)))"
        }
    }

    func textToDouble(_ text: String) -> String { "toFloat64OrZero(\(text))" }

    func isNumericText(_ text: String) -> String { "match(\(text), \(stringLiteral(numeralRegex)))" }

    func matchesGlob(_ text: String, pattern: String) -> String {
        "match(\(text), \(stringLiteral(globRegex(pattern))))"
    }

    func hasPrefix(_ text: String, prefix: String) -> String {
        "startsWith(\(text), \(stringLiteral(prefix)))"
    }

    func isIntegral(_ value: String) -> String { "(\(value) = floor(\(value)))" }

    func integerText(_ value: String) -> String { "toString(toInt64(\(value)))" }

    /// `round()` of a float rounds halves to even here, so halves away from zero by hand.
    func roundToInteger(_ value: String) -> String { "toInt64(sign(\(value)) * floor(abs(\(value)) + 0.5))" }

    func integerDivide(_ dividend: String, _ divisor: String) -> String { "intDiv(\(dividend), \(divisor))" }

    var eventMillis: String {
        switch layout.timeType {
        case .epochMilliseconds: time
        case .timestamp: "toUnixTimestamp64Milli(toDateTime64(\(time), 3, 'UTC'))"
        }
    }

    func eventTimeIn(start: Int64, end: Int64) -> String {
        switch layout.timeType {
        case .epochMilliseconds: millisecondsIn(start: start, end: end)
        case .timestamp:
            "\(time) >= toDateTime64('\(utcText(start))', 3, 'UTC') "
                + "AND \(time) < toDateTime64('\(utcText(end))', 3, 'UTC')"
        }
    }

    func cast(_ value: String, _ type: SQLType) -> String {
        type == .integer ? "toInt64(\(value))" : "toString(\(value))"
    }
}
