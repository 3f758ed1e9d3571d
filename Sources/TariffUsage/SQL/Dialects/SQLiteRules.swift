/// SQLite 3.38+ (JSON functions built in): the store's dialect. No regular expressions, so
/// numerals and globs are tested with `GLOB`; no reliance on the optional math functions.
struct SQLiteRules: SQLDialectRules {
    let layout: EventTableLayout

    private func type(_ path: [String]) -> String {
        "json_type(\(body), \(stringLiteral(JSONPathText.dollar(path))))"
    }

    func json(_ access: JSONAccess, path: [String]) -> String {
        switch access {
        case .isPresent: "COALESCE(\(type(path)), 'null') <> 'null'"
        case .isString: "COALESCE(\(type(path)), '') = 'text'"
        case .isNumber: "COALESCE(\(type(path)), '') IN ('integer', 'real')"
        case .isTrue: "COALESCE(\(type(path)), '') = 'true'"
        case .isFalse: "COALESCE(\(type(path)), '') = 'false'"
        case .string, .number: "json_extract(\(body), \(stringLiteral(JSONPathText.dollar(path))))"
        }
    }

    func textToDouble(_ text: String) -> String { "CAST(\(text) AS REAL)" }

    /// `-?[0-9]+(.[0-9]+)?` in GLOBs: only digits, `.` and `-`; a digit; `-` first only; at
    /// most one `.`, neither first (after the sign) nor last.
    func isNumericText(_ text: String) -> String {
        "(\(text) NOT GLOB '*[^0-9.-]*' AND \(text) GLOB '*[0-9]*' AND \(text) NOT GLOB '?*-*' "
            + "AND \(text) NOT GLOB '*.*.*' AND \(text) NOT GLOB '.*' AND \(text) NOT GLOB '-.*' "
            + "AND \(text) NOT GLOB '*.')"
    }

    /// GLOB has our `*` and `?`; only `[` needs escaping, as the class `[[]`.
    func matchesGlob(_ text: String, pattern: String) -> String {
        "(\(text) GLOB \(stringLiteral(pattern.replacingOccurrences(of: "[", with: "[[]"))))"
    }

    func hasPrefix(_ text: String, prefix: String) -> String {
        "substr(\(text), 1, \(prefix.unicodeScalars.count)) = \(stringLiteral(prefix))"
    }

    func isIntegral(_ value: String) -> String { "(\(value) = CAST(\(value) AS INTEGER))" }

    func integerText(_ value: String) -> String { "CAST(CAST(\(value) AS INTEGER) AS TEXT)" }

    /// `round()` is core SQLite and rounds halves away from zero.
    func roundToInteger(_ value: String) -> String { "CAST(round(\(value)) AS INTEGER)" }

    func integerDivide(_ dividend: String, _ divisor: String) -> String { "((\(dividend)) / \(divisor))" }

    var eventMillis: String {
        switch layout.timeType {
        case .epochMilliseconds: time
        case .timestamp: "CAST(round((julianday(\(time)) - 2440587.5) * 86400000) AS INTEGER)"
        }
    }

    func eventTimeIn(start: Int64, end: Int64) -> String {
        switch layout.timeType {
        case .epochMilliseconds: millisecondsIn(start: start, end: end)
        case .timestamp: "\(time) >= '\(utcText(start))' AND \(time) < '\(utcText(end))'"
        }
    }

    func cast(_ value: String, _ type: SQLType) -> String {
        "CAST(\(value) AS \(type == .integer ? "INTEGER" : "TEXT"))"
    }
}

/// JSON path texts for the dialects that take `$.a.b`.
enum JSONPathText {
    /// `$.a.b`, with a segment that is not a plain name double-quoted (`$."x-api-key"`).
    static func dollar(_ path: [String]) -> String {
        "$" + path.map { isPlain($0) ? "." + $0 : ".\"" + $0 + "\"" }.joined()
    }

    /// Letters, digits and `_`, not starting with a digit.
    static func isPlain(_ segment: String) -> Bool {
        guard let first = segment.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return segment.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
        }
    }
}
