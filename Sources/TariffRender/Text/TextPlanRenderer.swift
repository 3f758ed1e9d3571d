package import TariffEngine
import Foundation
import TariffDiagnostics

/// Renders a ``Plan`` as Terraform-style text for a terminal (`tariff plan`, the default format).
///
/// The layout, top to bottom: the summary line, what the plan was made against, every action in
/// plan order (`+` create, `~` update, `-/+` replace, `-` archive, `~>` migrate, `<=` adopt) with
/// only its changed fields, `# forces replacement` beside the field responsible and the subscriber
/// impact of replaces, archives and migrations; then unmanaged objects, history, the id-mapping
/// audit and any problem found while planning. Human text is not API (STYLE.md habit 5): scripts
/// should read the JSON document instead.
package struct TextPlanRenderer: Sendable {
    /// How the text is dressed.
    package struct Options: Sendable, Hashable {
        /// ANSI colour codes; off unless asked for.
        package var color: Bool
        /// Whether the plan's own diagnostics are listed under "Problems". A CLI that already
        /// prints them on stderr, compiler-style, can leave them out to avoid saying it twice;
        /// the line that says the plan cannot be applied stays either way.
        package var includeDiagnostics: Bool

        package init(color: Bool = false, includeDiagnostics: Bool = true) {
            self.color = color
            self.includeDiagnostics = includeDiagnostics
        }
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// The plan as text, ending in a newline.
    package func render(_ plan: Plan) -> String {
        let style = ANSIStyle(enabled: options.color)
        var lines = [style.bold(SummaryText.line(for: plan))]
        lines.append("Planned against \(SummaryText.context(plan.context)).")
        let errors = plan.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            let noun = errors == 1 ? "error" : "errors"
            let pointer = options.includeDiagnostics ? "see Problems below" : "see the diagnostics"
            lines.append(style.red("This plan has \(errors) \(noun) and cannot be applied; \(pointer)."))
        }
        for action in plan.actions {
            lines.append("")
            let dependents = CascadeText.dependents(of: action, in: plan)
            lines += ActionTextBlock(action: action, style: style, dependents: dependents).lines()
        }
        lines += unmanagedSection(plan.unmanaged)
        lines += historySection(plan.history)
        lines += findingsSection(plan.findings, style: style)
        if options.includeDiagnostics {
            lines += diagnosticsSection(plan.diagnostics, style: style)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Live objects Tariff leaves alone, with what blocks a declared entry.
    private func unmanagedSection(_ objects: [UnmanagedObject]) -> [String] {
        guard !objects.isEmpty else { return [] }
        var lines = ["", "Unmanaged objects (listed, never changed):"]
        for object in objects {
            lines.append("  " + UnmanagedText.describe(object))
        }
        return lines
    }

    /// Archived previous versions of managed prices.
    private func historySection(_ objects: [HistoricalObject]) -> [String] {
        guard !objects.isEmpty else { return [] }
        var lines = ["", "History (previous versions, kept for grandfathered subscriptions, never changed):"]
        for object in objects {
            lines.append("  " + UnmanagedText.describe(object))
        }
        return lines
    }

    /// The id-mapping audit.
    private func findingsSection(_ findings: [AuditFinding], style: ANSIStyle) -> [String] {
        guard !findings.isEmpty else { return [] }
        var lines = ["", "Id-mapping audit:"]
        for finding in findings {
            let severity = finding.severity == .error ? style.red("error") : style.yellow("warning")
            let location = ValueText.location(finding.range).map { " (\($0))" } ?? ""
            lines.append("  \(severity): \(finding.message)\(location)")
        }
        return lines
    }

    /// Problems found while planning (a protected resource, a mode mismatch).
    private func diagnosticsSection(_ diagnostics: [Diagnostic], style: ANSIStyle) -> [String] {
        guard !diagnostics.isEmpty else { return [] }
        var lines = ["", "Problems:"]
        for diagnostic in diagnostics {
            let severity =
                diagnostic.severity == .error
                ? style.red("error") : diagnostic.severity == .warning ? style.yellow("warning") : "note"
            let location = ValueText.location(diagnostic.range).map { "\($0): " } ?? ""
            lines.append("  \(location)\(severity): \(diagnostic.message) [\(diagnostic.code)]")
            for note in diagnostic.notes {
                let at = ValueText.location(note.range).map { " (\($0))" } ?? ""
                lines.append("    note: \(note.message)\(at)")
            }
        }
        return lines
    }
}
