/// Escaping for text that comes from the config or the Stripe account (labels, nicknames, URLs)
/// before it goes into a pull-request comment: a nickname holding `</details>` or `|` must not
/// break the layout, and markup in it must show as typed.
enum MarkdownEscape {
    /// Text safe in a markdown paragraph, table cell or HTML element: HTML's special characters as
    /// entities, markdown's punctuation backslash-escaped, newlines as spaces.
    static func text(_ raw: String) -> String {
        var result = ""
        for character in raw {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r", "\r\n", "\t": result += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!":
                result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    /// Text inside an HTML element on a line of its own (the `<summary>` of a section), where
    /// GitHub does not apply markdown, so only HTML's special characters are escaped.
    static func html(_ raw: String) -> String {
        var result = ""
        for character in raw {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// A code span for identifiers and addresses; backticks in the value are replaced so that the
    /// span cannot end early, and `|` is escaped for tables.
    static func code(_ raw: String) -> String {
        let cleaned = raw.replacingAll("`", with: "'")
            .replacingAll("|", with: "\\|")
            .replacingAll("\n", with: " ")
        return "`" + cleaned + "`"
    }
}

extension String {
    /// Replaces every `target` with `replacement` (kept here so the module needs no Foundation
    /// import for escaping).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
