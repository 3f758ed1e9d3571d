import Foundation
import TariffDiagnostics

/// Writes a run's diagnostics to stderr in the format the user chose.
enum DiagnosticOutput {
    /// The diagnostics (in source order) as the chosen format renders them.
    ///
    /// Text output ends with a summary line (`2 errors, 1 warning`) when there is anything to
    /// report; JSON and GitHub output carry only the diagnostics, so that machines can parse them.
    static func render(
        _ bag: DiagnosticBag, files: SourceFiles, format: DiagnosticsFormat, useColor: Bool
    ) -> String {
        let diagnostics = bag.sorted
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

    /// Prints `bag` to stderr using `options`, deciding colour from the real terminal and
    /// environment.
    static func print(_ bag: DiagnosticBag, files: SourceFiles, options: DiagnosticOptions) {
        let useColor = options.useColor(
            environment: ProcessInfo.processInfo.environment,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1)
        let text = render(bag, files: files, format: options.diagnosticsFormat, useColor: useColor)
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
