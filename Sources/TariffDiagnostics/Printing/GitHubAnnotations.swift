/// Renders diagnostics as GitHub Actions workflow commands, so that CI shows them on the diff.
///
/// `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message`. Notes and the
/// fix-it become extra lines of the message (an annotation has only one location). GitHub wants
/// `endColumn` inclusive and columns only on single-line ranges, so a multi-line range gives just
/// `line` and `endLine`.
package enum GitHubAnnotations {
    /// One workflow command per diagnostic, each ending in a newline.
    package static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// The workflow command for one diagnostic.
    package static func render(_ diagnostic: Diagnostic) -> String {
        let command =
            switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        var properties: [(String, String)] = []
        if let range = diagnostic.range {
            properties.append(("file", range.file))
            properties.append(("line", String(range.start.line)))
            if range.end.line == range.start.line {
                properties.append(("col", String(range.start.column)))
                properties.append(("endLine", String(range.end.line)))
                properties.append(("endColumn", String(max(range.start.column, range.end.column - 1))))
            } else {
                properties.append(("endLine", String(range.end.line)))
            }
        }
        properties.append(("title", diagnostic.code))
        var message = diagnostic.message
        for note in diagnostic.notes {
            if let start = note.range?.start {
                message += "\nnote: \(start.file):\(start.line):\(start.column): \(note.message)"
            } else {
                message += "\nnote: \(note.message)"
            }
        }
        if let fixIt = diagnostic.fixIt {
            message += "\ndid you mean '\(fixIt)'?"
        }
        let propertyText = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command) \(propertyText)::\(escapeData(message))\n"
    }

    /// Escapes a message the way GitHub's runner unescapes it: `%`, CR and LF.
    package static func escapeData(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Escapes a property value: as `escapeData`, plus `:` and `,`, which end a property.
    package static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingColonsAndCommas()
    }
}

extension String {
    /// `:` → `%3A` and `,` → `%2C`; run after `%` was escaped so the new `%` stay literal.
    fileprivate func replacingColonsAndCommas() -> String {
        var out = ""
        for character in unicodeScalars {
            switch character {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
