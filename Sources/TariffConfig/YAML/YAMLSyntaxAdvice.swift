/// Turns libyaml's terse syntax errors into advice a user can act on.
///
/// libyaml says what it found ("found character that cannot start any token"); the user wants to
/// know what to change ("a tab is used for indentation here; indent with spaces"). The advice is
/// chosen from libyaml's problem and context texts and the line the error is on.
enum YAMLSyntaxAdvice {
    /// One sentence (or two) of advice for a libyaml error.
    /// - Parameters:
    ///   - problem: libyaml's problem text.
    ///   - context: libyaml's context text ("while scanning a quoted scalar"), if any.
    ///   - line: the source line the problem is on, used to spot tabs and reserved characters.
    ///   - column: the 1-based column of the problem on that line.
    static func advice(problem: String, context: String?, line: String?, column: Int) -> String {
        let context = context ?? ""
        let scalars = line.map { Array($0.unicodeScalars) } ?? []
        let character = column >= 1 && column <= scalars.count ? scalars[column - 1] : nil
        let indentation = scalars.prefix { $0 == " " || $0 == "\t" }

        if problem.contains("tab") || character == "\t" || indentation.contains("\t") {
            return "YAML does not allow tabs for indentation; replace the tab with spaces."
        }
        if context.contains("quoted scalar") && problem.contains("end of stream") {
            return "A quoted string is never closed; add the closing quote."
        }
        if problem.contains("unknown escape character") {
            return "Inside double quotes a backslash starts an escape sequence; write '\\\\' for a "
                + "backslash, or use single quotes."
        }
        if problem.contains("cannot start any token") {
            if character == "@" || character == "`" {
                return "'@' and '`' are reserved in YAML and cannot start a plain value; "
                    + "put the value in quotes."
            }
            return "This character cannot start a value; put the value in quotes."
        }
        if problem.contains("mapping values are not allowed") {
            return "A ': ' inside a plain value starts a new mapping; put the value in quotes, "
                + "or check the indentation of this line."
        }
        if problem.contains("could not find expected ':'") {
            return "A key must be followed by ':'; add the colon, or put the value in quotes if it "
                + "spans several lines."
        }
        if problem.contains("did not find expected key") && (character == "]" || character == "}") {
            return "This closing bracket has no opening one; remove it."
        }
        if problem.contains("did not find expected key") && character == "-" {
            return "A '- ' list item appears where a key of this mapping is expected; a key's value "
                + "is either a mapping or a list, not both."
        }
        if problem.contains("<document start>") {
            return "Only a comment may follow '...' (the end of the document); Tariff reads one "
                + "document per file, so remove the '...' line."
        }
        if problem.contains("incompatible YAML document") {
            return "Only YAML 1.x documents can be read; remove or correct the %YAML directive."
        }
        if problem.contains("did not find expected key") {
            return "This line is not indented like the keys of its mapping; line it up with its "
                + "sibling keys, or indent it further to nest it."
        }
        if problem.contains("did not find expected '-' indicator") {
            return "Each item of a list starts with '- ' at the same indentation; check the "
                + "indentation of this line."
        }
        if problem.contains("block sequence entries are not allowed") {
            return "A '- ' item cannot follow a key's value on the same line; start the list on the "
                + "next line, indented under its key."
        }
        if problem.contains("',' or ']'") || problem.contains("',' or '}'") {
            let closer = problem.contains("']'") ? "]" : "}"
            return "A flow collection is not closed or is missing a comma; check for a missing ',' "
                + "or '\(closer)'."
        }
        if problem.contains("end of stream") {
            return "The file ends in the middle of a value; check for a missing closing bracket "
                + "or quote."
        }
        if problem.contains("alphabetic or numeric character") {
            return "An anchor or alias name must follow '&' or '*' directly; put values that start "
                + "with '&' or '*' in quotes."
        }
        if problem.contains("comment or line break") {
            return "Only a comment may follow here on the same line; put the value in quotes if it "
                + "contains ' #' or other text."
        }
        if problem.contains("tag") {
            return "Custom YAML tags are not supported; remove the tag."
        }
        if problem.contains("node content") {
            return "A value is missing here; put the value in quotes if it starts with a special "
                + "character."
        }
        if problem.contains("control characters") || problem.contains("invalid") {
            return "Remove the character, or write it as an escape inside double quotes."
        }
        return "Check the YAML syntax on this line and the one above it."
    }
}
