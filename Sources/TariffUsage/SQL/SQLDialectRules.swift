/// How one dialect spells what the dialects disagree on. Every operand arrives already printed
/// (and parenthesized when compound); the results are printed expressions.
package protocol SQLDialectRules: Sendable {
    var layout: EventTableLayout { get }
    /// A quoted identifier.
    func identifier(_ name: String) -> String
    func stringLiteral(_ text: String) -> String
    /// A decimal literal read as a double.
    func numberLiteral(_ text: String) -> String
    func boolean(_ value: Bool) -> String
    /// The events table's (possibly schema-qualified) name.
    var table: String { get }
    func json(_ access: JSONAccess, path: [String]) -> String
    func textToDouble(_ text: String) -> String
    func isNumericText(_ text: String) -> String
    func matchesGlob(_ text: String, pattern: String) -> String
    func hasPrefix(_ text: String, prefix: String) -> String
    func isIntegral(_ value: String) -> String
    func integerText(_ value: String) -> String
    func roundToInteger(_ value: String) -> String
    /// Truncating division of non-negative integers.
    func integerDivide(_ dividend: String, _ divisor: String) -> String
    var eventMillis: String { get }
    func eventTimeIn(start: Int64, end: Int64) -> String
    func cast(_ value: String, _ type: SQLType) -> String
}

extension SQLDialectRules {
    /// `"name"`, with `"` doubled: standard SQL, which every dialect but BigQuery takes.
    package func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `'text'` with `'` doubled: standard SQL (dialects whose literals read backslash escapes
    /// override this).
    package func stringLiteral(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    package func numberLiteral(_ text: String) -> String { text }

    package func boolean(_ value: Bool) -> String { value ? "TRUE" : "FALSE" }

    package var table: String {
        layout.table.split(separator: ".").map { identifier(String($0)) }.joined(separator: ".")
    }

    package var body: String { identifier(layout.body) }

    /// The time column, quoted.
    package var time: String { identifier(layout.time) }

    /// The anchored regular expression of a glob: `*` → `.*`, `?` → `.`, every other
    /// character literal, with `.` matching line breaks too.
    package func globRegex(_ pattern: String) -> String {
        var regex = "^"
        for character in pattern {
            switch character {
            case "*": regex += ".*"
            case "?": regex += "."
            case ".", "^", "$", "|", "(", ")", "[", "]", "{", "}", "+", "\\":
                regex += "\\" + String(character)
            default: regex.append(character)
            }
        }
        return "(?s)" + regex + "$"
    }

    /// The numeral pattern, without backslashes so that no dialect's literal rules touch it.
    package var numeralRegex: String { "^-?[0-9]+([.][0-9]+)?$" }

    /// Epoch seconds as `YYYY-MM-DD HH:MM:SS` (UTC), for timestamp literals.
    package func utcText(_ seconds: Int64) -> String {
        let days = UTCTime.floorDivide(seconds, 86_400)
        let (year, month, day) = UTCTime.civilDate(days: days)
        let second = seconds - days * 86_400
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return
            "\(year)-\(two(month))-\(two(day)) \(two(second / 3_600)):\(two(second % 3_600 / 60)):\(two(second % 60))"
    }

    /// An epoch-milliseconds time column compared with `[start, end)`.
    package func millisecondsIn(start: Int64, end: Int64) -> String {
        "\(time) >= \(start * 1_000) AND \(time) < \(end * 1_000)"
    }
}
