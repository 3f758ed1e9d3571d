import TariffDiagnostics
import TariffEngine

/// The plan's secondary lists as collapsible markdown sections: problems, the id-mapping audit,
/// unmanaged objects and history.
enum MarkdownSections {
    /// Errors and warnings found while planning; open by default, since they block the apply.
    static func problems(_ diagnostics: [Diagnostic]) -> String {
        var lines = ["<details open><summary><b>Problems</b> (\(diagnostics.count))</summary>", ""]
        for diagnostic in diagnostics {
            let location = ValueText.location(diagnostic.range).map { MarkdownEscape.code($0) + " " } ?? ""
            lines.append(
                "- \(location)**\(diagnostic.severity.rawValue)**: \(MarkdownEscape.text(diagnostic.message)) (\(MarkdownEscape.code(diagnostic.code)))"
            )
            for note in diagnostic.notes {
                let at = ValueText.location(note.range).map { " (" + MarkdownEscape.code($0) + ")" } ?? ""
                lines.append("  - note: \(MarkdownEscape.text(note.message))\(at)")
            }
        }
        return (lines + ["", "</details>"]).joined(separator: "\n") + "\n"
    }

    /// The id-mapping audit's findings.
    static func findings(_ findings: [AuditFinding]) -> String {
        var lines = ["<details><summary><b>Id-mapping audit</b> (\(findings.count))</summary>", ""]
        for finding in findings {
            let location =
                ValueText.location(finding.range).map { " (" + MarkdownEscape.code($0) + ")" } ?? ""
            lines.append(
                "- **\(finding.severity.rawValue)**: \(MarkdownEscape.text(finding.message))\(location)")
        }
        return (lines + ["", "</details>"]).joined(separator: "\n") + "\n"
    }

    /// Live objects Tariff lists and never changes.
    static func unmanaged(_ objects: [UnmanagedObject]) -> String {
        var lines = [
            "<details><summary><b>Unmanaged objects</b> (\(objects.count), never changed)</summary>", "",
        ]
        lines += objects.map { "- " + MarkdownEscape.text(UnmanagedText.describe($0)) }
        return (lines + ["", "</details>"]).joined(separator: "\n") + "\n"
    }

    /// Previous versions of managed prices.
    static func history(_ objects: [HistoricalObject]) -> String {
        var lines = [
            "<details><summary><b>History</b> (\(objects.count) previous version\(objects.count == 1 ? "" : "s"), never changed)</summary>",
            "",
        ]
        lines += objects.map { "- " + MarkdownEscape.text(UnmanagedText.describe($0)) }
        return (lines + ["", "</details>"]).joined(separator: "\n") + "\n"
    }
}
