/// The closing line of a run: `2 errors, 1 warning`.
package enum DiagnosticSummary {
    /// Counts errors and warnings (notes are not counted); `no errors or warnings` when clean.
    package static func line(for diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        var parts: [String] = []
        if errors > 0 { parts.append(counted(errors, "error")) }
        if warnings > 0 { parts.append(counted(warnings, "warning")) }
        return parts.isEmpty ? "no errors or warnings" : parts.joined(separator: ", ")
    }

    /// `1 error`, `2 errors`.
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
