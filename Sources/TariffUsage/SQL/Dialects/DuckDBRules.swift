/// DuckDB with its built-in `json` extension: a `VARCHAR` or `JSON` body.
struct DuckDBRules: SQLDialectRules {
    let layout: EventTableLayout

    private func path(_ segments: [String]) -> String { stringLiteral(JSONPathText.dollar(segments)) }

    func json(_ access: JSONAccess, path segments: [String]) -> String {
        let type = "json_type(\(body), \(path(segments)))"
        let text = "json_extract_string(\(body), \(path(segments)))"
        return switch access {
        case .isPresent: "COALESCE(\(type), 'NULL') <> 'NULL'"
        case .isString: "COALESCE(\(type), '') = 'VARCHAR'"
        case .isNumber: "COALESCE(\(type), '') IN ('BIGINT', 'UBIGINT', 'DOUBLE')"
        case .isTrue: "(COALESCE(\(type), '') = 'BOOLEAN' AND \(text) = 'true')"
        case .isFalse: "(COALESCE(\(type), '') = 'BOOLEAN' AND \(text) = 'false')"
        case .string: text
        case .number: "CAST(\(text) AS DOUBLE)"
        }
    }

    func textToDouble(_ text: String) -> String { "TRY_CAST(\(text) AS DOUBLE)" }

    func isNumericText(_ text: String) -> String { "regexp_matches(\(text), \(stringLiteral(numeralRegex)))" }

    func matchesGlob(_ text: String, pattern: String) -> String {
        "regexp_matches(\(text), \(stringLiteral(globRegex(pattern))))"
    }

    func hasPrefix(_ text: String, prefix: String) -> String {
        "starts_with(\(text), \(stringLiteral(prefix)))"
    }

    func isIntegral(_ value: String) -> String { "(\(value) = floor(\(value)))" }

    func integerText(_ value: String) -> String { "CAST(CAST(\(value) AS BIGINT) AS VARCHAR)" }

    /// `round(DOUBLE)` rounds halves away from zero.
    func roundToInteger(_ value: String) -> String { "CAST(round(\(value)) AS BIGINT)" }

    func integerDivide(_ dividend: String, _ divisor: String) -> String { "((\(dividend)) // \(divisor))" }

    var eventMillis: String {
        switch layout.timeType {
        case .epochMilliseconds: time
        case .timestamp: "epoch_ms(\(time))"
        }
    }

    func eventTimeIn(start: Int64, end: Int64) -> String {
        switch layout.timeType {
        case .epochMilliseconds: millisecondsIn(start: start, end: end)
        case .timestamp: "\(time) >= TIMESTAMP '\(utcText(start))' AND \(time) < TIMESTAMP '\(utcText(end))'"
        }
    }

    func cast(_ value: String, _ type: SQLType) -> String {
        "CAST(\(value) AS \(type == .integer ? "BIGINT" : "VARCHAR"))"
    }
}
