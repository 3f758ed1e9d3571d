public import TariffDiagnostics

/// A YAML range in the JSON plan: file, 1-based line and column of the start and the end.
public struct LocationV1: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    enum CodingKeys: String, CodingKey {
        case file, line, column
        case endLine = "end_line"
        case endColumn = "end_column"
    }

    public init(_ range: SourceRange) {
        file = range.file
        line = range.start.line
        column = range.start.column
        endLine = range.end.line
        endColumn = range.end.column
    }

    /// The range this location was made from.
    public var range: SourceRange {
        SourceRange(
            start: SourceLocation(file: file, line: line, column: column),
            end: SourceLocation(file: file, line: endLine, column: endColumn))
    }
}

extension Optional where Wrapped == SourceRange {
    /// The location of an optional range.
    var locationV1: LocationV1? { map(LocationV1.init) }
}

extension Optional where Wrapped == LocationV1 {
    /// The range of an optional location.
    var sourceRange: SourceRange? { map(\.range) }
}

/// Why a JSON plan could not be turned back into a plan: a value this version does not know.
public struct PlanDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON key holding the value (`actions[].kind`).
    public var field: String
    public var value: String

    public init(field: String, value: String) {
        self.field = field
        self.value = value
    }

    public var description: String {
        "the plan file's \(field) is '\(value)', which this version of Tariff does not know"
    }

    /// Looks `raw` up in a `RawRepresentable` enum, throwing a located error when it is unknown.
    static func decode<Value: RawRepresentable>(
        _ type: Value.Type, _ raw: String, field: String
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else { throw PlanDocumentError(field: field, value: raw) }
        return value
    }
}
