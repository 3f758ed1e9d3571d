import ArgumentParser
import Foundation
import TariffConfig
import TariffDiagnostics

/// `tariff validate PATH…`: checks configs offline and prints every problem.
///
/// Each path is one config (a file, or a directory whose `*.yaml` files merge). Diagnostics of
/// all of them go to stderr in one batch, in the chosen format; a one-line summary per valid
/// config goes to stdout. Exit 0 when every config is valid, 1 otherwise (warnings count only
/// with `--strict`).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check configs offline: YAML, schema and Stripe's rules, every problem at once.",
        discussion: """
            Each PATH is one config: a YAML file, or a directory whose *.yaml and *.yml files \
            are merged into one document. Nothing is sent to Stripe.

            Problems are printed to stderr as path:line:col with the source line; a summary \
            line for each valid config is printed to stdout.

            Exit status: 0 when every config is valid (warnings allowed unless --strict), \
            1 when any has an error.

            Examples:
              tariff validate examples/api-business
              tariff validate --strict --diagnostics-format github billing/
            """
    )

    @Argument(help: "Config files or directories (default: tariff.yaml).")
    var paths: [String] = []

    @Flag(help: "Treat warnings as errors (exit 1 when there is any warning).")
    var strict = false

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() throws {
        var all = DiagnosticBag()
        var files = SourceFiles()
        var summaries: [String] = []
        var failed = false
        for path in paths.isEmpty ? ["tariff.yaml"] : paths {
            let loaded = ConfigLoader.load(paths: [path])
            all.append(contentsOf: loaded.diagnostics)
            // The printers only need the text of files with something to show.
            if !loaded.diagnostics.diagnostics.isEmpty { files.merge(loaded.files) }
            let rejected = loaded.diagnostics.hasErrors || (strict && loaded.diagnostics.warningCount > 0)
            if let config = loaded.config, !rejected {
                summaries.append("\(path): valid — \(ConfigSummary(config))")
            } else {
                failed = true
            }
        }
        let output = TerminalOutput(options: diagnosticOptions)
        output.diagnostics(all, files: files)
        if !summaries.isEmpty { output.result(summaries.joined(separator: "\n")) }
        if failed { throw ExitStatus.failure.exitCode }
    }
}
