import Foundation

/// Scalars spelled so that Tariff's loader reads back exactly the value written.
enum YAMLScalar {
    /// A double-quoted string: `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\x%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A mapping key or identifier: plain when it reads well, else quoted.
    static func key(_ text: String) -> String {
        ImportKeys.isReadable(text) && !["true", "false", "null", "inf"].contains(text.lowercased())
            ? text : quoted(text)
    }

    /// Minor units: an integer as is (`4900`), a fraction of the minor unit quoted (`"0.2"`).
    static func amount(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        let text = "\(amount)"
        return rounded == amount && !text.contains(".") && !text.contains("e") ? text : "\"\(text)\""
    }
}
