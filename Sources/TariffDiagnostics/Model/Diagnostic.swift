/// How serious a diagnostic is.
package enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .note: 0
        }
    }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A secondary message attached to a diagnostic, usually pointing at a related place
/// ("first defined here").
package struct DiagnosticNote: Sendable, Hashable, Codable {
    package var message: String
    package var range: SourceRange?

    package init(_ message: String, at range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// One problem found in the user's input (STYLE.md habit 3).
///
/// The message quotes the user's value and says what was expected; `code` is stable across
/// releases (tests, docs and `--diagnostics-format json` consumers rely on it).
package struct Diagnostic: Sendable, Hashable, Codable {
    package var severity: Severity
    /// A stable identifier such as `yaml.duplicate-key` or `price.tiers-unordered`.
    package var code: String
    package var message: String
    /// The primary range; `nil` only for problems that belong to no file (a missing path).
    package var range: SourceRange?
    package var notes: [DiagnosticNote]
    /// A suggested replacement for the text at `range` ("did you mean 'month'?").
    package var fixIt: String?

    package init(
        _ severity: Severity, code: String, _ message: String, at range: SourceRange?,
        notes: [DiagnosticNote] = [], fixIt: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIt = fixIt
    }
}

/// Collects diagnostics as a stage runs, so one run reports every problem.
///
/// Stages emit and keep going; they throw only when nothing can continue.
package struct DiagnosticBag: Sendable, Hashable {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    package mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    package mutating func error(
        _ code: String, _ message: String, at range: SourceRange?,
        notes: [DiagnosticNote] = [], fixIt: String? = nil
    ) {
        emit(Diagnostic(.error, code: code, message, at: range, notes: notes, fixIt: fixIt))
    }

    package mutating func warning(
        _ code: String, _ message: String, at range: SourceRange?,
        notes: [DiagnosticNote] = [], fixIt: String? = nil
    ) {
        emit(Diagnostic(.warning, code: code, message, at: range, notes: notes, fixIt: fixIt))
    }

    package mutating func append(contentsOf other: DiagnosticBag) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    package var errorCount: Int { diagnostics.count { $0.severity == .error } }
    package var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    package var hasErrors: Bool { errorCount > 0 }

    /// The diagnostics in source order (file, line, column); those without a range first.
    package var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.range, rhs.element.range) {
            case let (l?, r?): l.start == r.start ? lhs.offset < rhs.offset : l.start < r.start
            case (nil, _?): true
            case (_?, nil): false
            case (nil, nil): lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
