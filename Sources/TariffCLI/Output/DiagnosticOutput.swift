import Foundation
import TariffDiagnostics
import TariffRender

/// A run's diagnostics in the format the user chose (``TerminalOutput`` writes them to stderr).
enum DiagnosticOutput {
    /// The diagnostics (in source order) as the chosen format renders them.
    ///
    /// Exact repeats are printed once: a value reached through several YAML aliases is checked
    /// at each use, but every finding points at the one place it is written.
    ///
    /// Text output ends with a summary line (`2 errors, 1 warning`) when there is anything to
    /// report; JSON and GitHub output carry only the diagnostics, so that machines can parse them.
    static func render(
        _ bag: DiagnosticBag, files: SourceFiles, format: DiagnosticsFormat, useColor: Bool
    ) -> String {
        var seen: Set<Diagnostic> = []
        let diagnostics = bag.sorted.filter { seen.insert($0).inserted }
        switch format {
        case .json:
            return DiagnosticsDocumentV1(diagnostics).jsonString()
        case .github:
            return GitHubAnnotations.render(diagnostics)
        case .text:
            guard !diagnostics.isEmpty else { return "" }
            let printer = DiagnosticPrinter(files: files, useColor: useColor)
            return printer.render(diagnostics) + DiagnosticSummary.line(for: diagnostics) + "\n"
        }
    }
}
