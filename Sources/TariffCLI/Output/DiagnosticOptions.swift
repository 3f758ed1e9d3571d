import ArgumentParser

/// When diagnostics are coloured.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Colour when stderr is a terminal and `NO_COLOR` is not set.
    case auto
    case always
    case never
}

/// How diagnostics are written to stderr.
enum DiagnosticsFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Compiler-style text with the source line and an underline.
    case text
    /// A versioned JSON document (`format_version: "1"`).
    case json
    /// GitHub Actions annotations (`::error file=…,line=…::…`).
    case github
}

/// The diagnostics flags every command that reads a config shares (`@OptionGroup`).
struct DiagnosticOptions: ParsableArguments {
    @Option(
        help: "Colour diagnostics: auto (when stderr is a terminal and NO_COLOR is unset), always, never.")
    var color: ColorChoice = .auto

    @Option(
        name: .customLong("diagnostics-format"),
        help: "How to print diagnostics: text, json, or github (annotations for GitHub Actions).")
    var diagnosticsFormat: DiagnosticsFormat = .text

    init() {}

    /// Whether to colour, given the environment and whether stderr is a terminal.
    ///
    /// `NO_COLOR` (any non-empty value, per no-color.org) turns `auto` off; `always` wins over it,
    /// as an explicit flag should. Only text output is ever coloured.
    func useColor(environment: [String: String], stderrIsTerminal: Bool) -> Bool {
        diagnosticsFormat == .text
            && TerminalOutput.color(color, environment: environment, terminal: stderrIsTerminal)
    }
}
