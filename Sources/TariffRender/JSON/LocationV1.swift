package import TariffDiagnostics

/// A YAML range in the JSON plan: file, 1-based line and column of the start and the end.
package struct LocationV1: Sendable, Hashable, Encodable {
    package var file: String
    package var line: Int
    package var column: Int
    package var endLine: Int
    package var endColumn: Int

    enum CodingKeys: String, CodingKey {
        case file, line, column
        case endLine = "end_line"
        case endColumn = "end_column"
    }

    package init(_ range: SourceRange) {
        file = range.file
        line = range.start.line
        column = range.start.column
        endLine = range.end.line
        endColumn = range.end.column
    }
}

extension Optional where Wrapped == SourceRange {
    /// The location of an optional range.
    var locationV1: LocationV1? { map(LocationV1.init) }
}
