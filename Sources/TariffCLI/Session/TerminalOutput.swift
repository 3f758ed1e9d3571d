import ArgumentParser
import Foundation
import TariffDiagnostics

/// Where a command writes: results on stdout; diagnostics, errors, warnings and progress on
/// stderr, in the `--diagnostics-format` the user chose and coloured as `--color` and `NO_COLOR`
/// say.
///
/// Commands never write `error: …` themselves: they throw a ``CLIError`` (or call ``warning(_:_:)``)
/// and this prints it like any other diagnostic.
struct TerminalOutput: Sendable {
    let options: DiagnosticOptions
    let environment: [String: String]
    /// Whether each stream is a terminal (decides `--color auto`).
    let stdoutIsTerminal: Bool
    let stderrIsTerminal: Bool
    private let writeStdout: @Sendable (String) -> Void
    private let writeStderr: @Sendable (String) -> Void

    /// The process's own streams and environment.
    init(options: DiagnosticOptions) {
        self.init(
            options: options, environment: ProcessInfo.processInfo.environment,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1, stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            stdout: { FileHandle.standardOutput.write(Data($0.utf8)) },
            stderr: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    /// Any streams (tests capture them).
    init(
        options: DiagnosticOptions, environment: [String: String], stdoutIsTerminal: Bool,
        stderrIsTerminal: Bool, stdout: @escaping @Sendable (String) -> Void,
        stderr: @escaping @Sendable (String) -> Void
    ) {
        self.options = options
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.writeStdout = stdout
        self.writeStderr = stderr
    }

    /// Whether text written to stdout (a text plan) is coloured: `--color`, `NO_COLOR`, a terminal.
    var colorOnStdout: Bool {
        Self.color(options.color, environment: environment, terminal: stdoutIsTerminal)
    }

    /// Whether diagnostics on stderr are coloured; only the text format ever is.
    var colorOnStderr: Bool {
        options.useColor(environment: environment, stderrIsTerminal: stderrIsTerminal)
    }

    /// `--color` against the environment: `NO_COLOR` (any non-empty value, no-color.org) turns
    /// `auto` off; `always` and `never` win over it, as explicit flags should.
    static func color(_ choice: ColorChoice, environment: [String: String], terminal: Bool) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return terminal && !noColor
        }
    }

    /// A result on stdout, ending with a newline.
    func result(_ text: String) {
        writeStdout(Self.line(text))
    }

    /// Plain text on stderr (a plan shown beside a JSON report, a progress line, a summary).
    func message(_ text: String) {
        writeStderr(Self.line(text))
    }

    /// Text on stdout or stderr, ending with a newline.
    func write(_ text: String, toStdout: Bool) {
        toStdout ? result(text) : message(text)
    }

    /// A run's diagnostics in the chosen format, with their source snippets.
    func diagnostics(_ bag: DiagnosticBag, files: SourceFiles) {
        let text = DiagnosticOutput.render(
            bag, files: files, format: options.diagnosticsFormat, useColor: colorOnStderr)
        if !text.isEmpty { writeStderr(text) }
    }

    /// A command's failure, printed as an error diagnostic without a location.
    func error(_ error: CLIError) {
        report(
            Diagnostic(
                .error, code: error.code, error.message, at: nil,
                notes: error.notes.map { DiagnosticNote($0) }
            )
        )
    }

    /// A warning that does not stop the command.
    func warning(_ code: String, _ message: String) {
        report(Diagnostic(.warning, code: code, message, at: nil))
    }

    /// One diagnostic that belongs to no file; text output has no summary line for it.
    private func report(_ diagnostic: Diagnostic) {
        switch options.diagnosticsFormat {
        case .text:
            writeStderr(DiagnosticPrinter(files: SourceFiles(), useColor: colorOnStderr).render(diagnostic))
        case .json, .github:
            var bag = DiagnosticBag()
            bag.emit(diagnostic)
            diagnostics(bag, files: SourceFiles())
        }
    }

    /// Runs a command's body and ends the process with its status: a ``CLIError`` is printed and
    /// gives its status; any other error (a Stripe failure, say) is printed under `code` with
    /// status 1. ArgumentParser's own errors (`ExitCode`, usage errors) pass through untouched.
    func run(_ code: String, _ body: () async throws -> ExitStatus) async throws {
        let status: ExitStatus
        do {
            status = try await body()
        } catch let error as CLIError {
            self.error(error)
            status = error.status
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            self.error(CLIError(code, "\(error)"))
            status = .failure
        }
        if status != .success { throw status.exitCode }
    }

    private static func line(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}
