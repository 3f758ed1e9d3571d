package import Foundation
package import TariffDiagnostics

/// The `--diagnostics-format json` document, version 1 (STYLE.md habit 5).
///
/// Encoded from these types, never from `Diagnostic` itself, so that internal changes cannot
/// change the format. Every key is always present; absent values are `null`.
///
/// ```json
/// {"diagnostics":[{"code":"yaml.duplicate-key","column":1,"end_column":5,"end_line":4,
///   "file":"tariff.yaml","fix_it":null,"line":4,"message":"…","notes":[…],"severity":"error"}],
///  "format_version":"1"}
/// ```
package struct DiagnosticsDocumentV1: Sendable, Hashable, Codable {
    /// A location-bearing note of a diagnostic.
    package struct NoteV1: Sendable, Hashable, Codable {
        package var message: String
        package var file: String?
        package var line: Int?
        package var column: Int?
        package var endLine: Int?
        package var endColumn: Int?

        enum CodingKeys: String, CodingKey {
            case message, file, line, column
            case endLine = "end_line"
            case endColumn = "end_column"
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(endColumn, forKey: .endColumn)
        }
    }

    /// One diagnostic.
    package struct DiagnosticV1: Sendable, Hashable, Codable {
        /// `error`, `warning` or `note`.
        package var severity: String
        package var code: String
        package var message: String
        package var file: String?
        package var line: Int?
        package var column: Int?
        package var endLine: Int?
        package var endColumn: Int?
        package var notes: [NoteV1]
        /// The suggested replacement for the text at the range.
        package var fixIt: String?

        enum CodingKeys: String, CodingKey {
            case severity, code, message, file, line, column, notes
            case endLine = "end_line"
            case endColumn = "end_column"
            case fixIt = "fix_it"
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(endColumn, forKey: .endColumn)
            try container.encode(notes, forKey: .notes)
            try container.encode(fixIt, forKey: .fixIt)
        }
    }

    /// Always `"1"` for this type; a breaking change gets a new `…V2` type.
    package var formatVersion: String
    package var diagnostics: [DiagnosticV1]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case diagnostics
    }

    /// Converts the diagnostics, keeping their order.
    package init(_ diagnostics: [Diagnostic]) {
        formatVersion = "1"
        self.diagnostics = diagnostics.map { diagnostic in
            let range = diagnostic.range
            return DiagnosticV1(
                severity: diagnostic.severity.rawValue, code: diagnostic.code,
                message: diagnostic.message, file: range?.file, line: range?.start.line,
                column: range?.start.column, endLine: range?.end.line, endColumn: range?.end.column,
                notes: diagnostic.notes.map { note in
                    NoteV1(
                        message: note.message, file: note.range?.file, line: note.range?.start.line,
                        column: note.range?.start.column, endLine: note.range?.end.line,
                        endColumn: note.range?.end.column)
                },
                fixIt: diagnostic.fixIt)
        }
    }

    /// The document as JSON with sorted keys (stable output for tests and diffs), ending in a newline.
    package func jsonString(pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted] : [.sortedKeys]
        encoder.outputFormatting.insert(.withoutEscapingSlashes)
        // Encoding plain strings and integers cannot fail; an empty document is the safe fallback.
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
