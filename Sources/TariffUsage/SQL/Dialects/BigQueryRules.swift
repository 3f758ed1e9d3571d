/// BigQuery (GoogleSQL): a `STRING` body of JSON text. A field's JSON type is told by the first
/// character of `JSON_QUERY`'s JSON text (`"` a string, a digit or `-` a number).
struct BigQueryRules: SQLDialectRules {
    let layout: EventTableLayout

    func identifier(_ name: String) -> String {
        "`" + name.replacingOccurrences(of: "`", with: "\\`") + "`"
    }

    /// Backslashes and quotes escaped: GoogleSQL literals read backslash escapes.
    func stringLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            + "'"
    }

    private func path(_ segments: [String]) -> String { stringLiteral(JSONPathText.dollar(segments)) }

    func json(_ access: JSONAccess, path segments: [String]) -> String {
        let raw = "JSON_QUERY(\(body), \(path(segments)))"
        let value = "JSON_VALUE(\(body), \(path(segments)))"
        return switch access {
        case .isPresent: "COALESCE(\(raw), 'null') <> 'null'"
        case .isString: "COALESCE(STARTS_WITH(\(raw), '\"'), FALSE)"
        case .isNumber: "COALESCE(REGEXP_CONTAINS(\(raw), '^-?[0-9]'), FALSE)"
        case .isTrue: "COALESCE(\(raw) = 'true', FALSE)"
        case .isFalse: "COALESCE(\(raw) = 'false', FALSE)"
        case .string: value
        case .number: "CAST(\(value) AS FLOAT64)"
        }
    }

    func textToDouble(_ text: String) -> String { "SAFE_CAST(\(text) AS FLOAT64)" }

    func isNumericText(_ text: String) -> String {
        "REGEXP_CONTAINS(\(text), \(stringLiteral(numeralRegex)))"
    }

    func matchesGlob(_ text: String, pattern: String) -> String {
        "REGEXP_CONTAINS(\(text), \(stringLiteral(globRegex(pattern))))"
    }

    func hasPrefix(_ text: String, prefix: String) -> String {
        "STARTS_WITH(\(text), \(stringLiteral(prefix)))"
    }

    func isIntegral(_ value: String) -> String { "(\(value) = FLOOR(\(value)))" }

    func integerText(_ value: String) -> String { "CAST(CAST(\(value) AS INT64) AS STRING)" }

    /// `ROUND(FLOAT64)` rounds halves away from zero.
    func roundToInteger(_ value: String) -> String { "CAST(ROUND(\(value)) AS INT64)" }

    func integerDivide(_ dividend: String, _ divisor: String) -> String { "DIV(\(dividend), \(divisor))" }

    var eventMillis: String {
        switch layout.timeType {
        case .epochMilliseconds: time
        case .timestamp: "UNIX_MILLIS(\(time))"
        }
    }

    func eventTimeIn(start: Int64, end: Int64) -> String {
        switch layout.timeType {
        case .epochMilliseconds: millisecondsIn(start: start, end: end)
        case .timestamp:
            "\(time) >= TIMESTAMP '\(utcText(start))+00' AND \(time) < TIMESTAMP '\(utcText(end))+00'"
        }
    }

    func cast(_ value: String, _ type: SQLType) -> String {
        "CAST(\(value) AS \(type == .integer ? "INT64" : "STRING"))"
    }
}
