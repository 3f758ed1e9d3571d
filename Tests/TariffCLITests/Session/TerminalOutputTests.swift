import Foundation
import Synchronization
import Testing

@testable import TariffCLI

/// One writer for every command's output: errors and warnings as diagnostics in the chosen
/// format, colour only where `--color` and `NO_COLOR` allow, named exit statuses.
struct TerminalOutputTests {
    /// What a `TerminalOutput` wrote, stream by stream.
    final class Capture: Sendable {
        let stdout = Mutex("")
        let stderr = Mutex("")

        func output(
            format: DiagnosticsFormat = .text, color: ColorChoice = .auto,
            environment: [String: String] = [:],
            terminal: Bool = true
        ) throws -> TerminalOutput {
            let options = try DiagnosticOptions.parse([
                "--color", color.rawValue, "--diagnostics-format", format.rawValue,
            ])
            return TerminalOutput(
                options: options, environment: environment, stdoutIsTerminal: terminal,
                stderrIsTerminal: terminal, stdout: { text in self.stdout.withLock { $0 += text } },
                stderr: { text in self.stderr.withLock { $0 += text } })
        }
    }

    @Test func exitStatusesAreTheDocumentedNumbers() {
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 2, 3])
        #expect(ExitStatus.policyGate.exitCode.rawValue == 3)
    }

    @Test func anErrorIsADiagnosticWithItsCodeAndNotes() throws {
        let capture = Capture()
        try capture.output(terminal: false).error(
            CLIError("apply.stale-plan", "the saved plan is stale", notes: ["product starter changed"]))
        let text = capture.stderr.withLock { $0 }
        #expect(text.contains("error[apply.stale-plan]: the saved plan is stale"))
        #expect(text.contains("note: product starter changed"))
        #expect(!text.contains("\u{1B}["), "no colour without a terminal")
        #expect(capture.stdout.withLock { $0 }.isEmpty)
    }

    @Test(arguments: [
        ([String: String](), true, ColorChoice.auto, true), (["NO_COLOR": "1"], true, .auto, false),
        (["NO_COLOR": "1"], true, .always, true), ([:], false, .auto, false), ([:], true, .never, false),
    ])
    func colourFollowsTheFlagTheTerminalAndNoColor(
        environment: [String: String], terminal: Bool, choice: ColorChoice, coloured: Bool
    ) throws {
        let capture = Capture()
        let output = try capture.output(color: choice, environment: environment, terminal: terminal)
        output.warning("apply.webhook-secret", "no --webhook-secret-out")
        #expect(capture.stderr.withLock { $0 }.contains("\u{1B}[") == coloured)
        #expect(output.colorOnStdout == coloured)
    }

    @Test func jsonDiagnosticsCarryCommandErrorsToo() throws {
        let capture = Capture()
        try capture.output(format: .json).error(CLIError("cli.no-api-key", "no Stripe API key"))
        let text = capture.stderr.withLock { $0 }
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["code"] as? String == "cli.no-api-key")
    }

    @Test func runTurnsAThrownErrorIntoItsStatus() async throws {
        let capture = Capture()
        let output = try capture.output(terminal: false)
        await #expect(throws: ExitStatus.policyGate.exitCode) {
            try await output.run("test.failed") {
                throw CLIError("apply.fail-on", "refused", status: .policyGate)
            }
        }
        await #expect(throws: ExitStatus.changes.exitCode) {
            try await output.run("test.failed") { .changes }
        }
        await #expect(throws: ExitStatus.failure.exitCode) {
            try await output.run("test.failed") { throw CocoaError(.fileNoSuchFile) }
        }
        #expect(capture.stderr.withLock { $0 }.contains("error[test.failed]"))
        try? await output.run("test.failed") { .success }
    }
}
