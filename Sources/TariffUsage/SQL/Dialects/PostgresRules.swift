/// PostgreSQL 12+: the user's table with a `jsonb` body (a text body is cast) and a
/// `timestamptz` time (or epoch milliseconds).
struct PostgresRules: SQLDialectRules {
    let layout: EventTableLayout

    private var document: String {
        layout.bodyType == .json ? body : "CAST(\(body) AS jsonb)"
    }

    private func path(_ path: [String]) -> String {
        "ARRAY[" + path.map(stringLiteral).joined(separator: ", ") + "]"
    }

    private func type(_ segments: [String]) -> String {
        "jsonb_typeof(\(document) #> \(path(segments)))"
    }

    func json(_ access: JSONAccess, path segments: [String]) -> String {
        switch access {
        case .isPresent: "COALESCE(\(type(segments)), 'null') <> 'null'"
        case .isString: "COALESCE(\(type(segments)), '') = 'string'"
        case .isNumber: "COALESCE(\(type(segments)), '') = 'number'"
        case .isTrue: "COALESCE(\(document) #> \(path(segments)) = 'true'::jsonb, FALSE)"
        case .isFalse: "COALESCE(\(document) #> \(path(segments)) = 'false'::jsonb, FALSE)"
        case .string: "(\(document) #>> \(path(segments)))"
        case .number: "CAST(\(document) #>> \(path(segments)) AS double precision)"
        }
    }

    func numberLiteral(_ text: String) -> String { "CAST(\(text) AS double precision)" }

    func textToDouble(_ text: String) -> String { "CAST(\(text) AS double precision)" }

    func isNumericText(_ text: String) -> String { "(\(text) ~ \(stringLiteral(numeralRegex)))" }

    func matchesGlob(_ text: String, pattern: String) -> String {
        "(\(text) ~ \(stringLiteral(globRegex(pattern))))"
    }

    func hasPrefix(_ text: String, prefix: String) -> String {
        "starts_with(\(text), \(stringLiteral(prefix)))"
    }

    func isIntegral(_ value: String) -> String { "(\(value) = floor(\(value)))" }

    func integerText(_ value: String) -> String { "CAST(CAST(\(value) AS BIGINT) AS TEXT)" }

    /// `round(numeric)` rounds halves away from zero (`round(double precision)` does not).
    func roundToInteger(_ value: String) -> String { "CAST(round(CAST(\(value) AS NUMERIC)) AS BIGINT)" }

    func integerDivide(_ dividend: String, _ divisor: String) -> String { "div(\(dividend), \(divisor))" }

    var eventMillis: String {
        switch layout.timeType {
        case .epochMilliseconds: time
        case .timestamp: "CAST(floor(EXTRACT(EPOCH FROM \(time)) * 1000) AS BIGINT)"
        }
    }

    func eventTimeIn(start: Int64, end: Int64) -> String {
        switch layout.timeType {
        case .epochMilliseconds: millisecondsIn(start: start, end: end)
        case .timestamp:
            "\(time) >= TIMESTAMPTZ '\(utcText(start))+00' AND \(time) < TIMESTAMPTZ '\(utcText(end))+00'"
        }
    }

    func cast(_ value: String, _ type: SQLType) -> String {
        "CAST(\(value) AS \(type == .integer ? "BIGINT" : "TEXT"))"
    }
}
