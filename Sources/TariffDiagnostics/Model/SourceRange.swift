/// A position in a source file: 1-based line and column, as editors and compilers print them.
///
/// Columns count Unicode scalars from the start of the line, so a caret lines up under the
/// character the user sees (libyaml's marks count characters, not bytes).
package struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    /// The file's path as the user named it (relative paths stay relative).
    package var file: String
    /// 1-based line number.
    package var line: Int
    /// 1-based column number.
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A half-open range in one file, from `start` up to (not including) `end`.
package struct SourceRange: Hashable, Sendable, Codable {
    package var start: SourceLocation
    package var end: SourceLocation

    package init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The file both ends are in.
    package var file: String { start.file }
}
