import ArgumentParser
import Foundation
import TariffConfig
import TariffEngine
import TariffRender
import TariffStripe

/// `tariff apply [PATH…]` and `tariff apply --plan plan.json`: makes the planned changes.
///
/// Plans (or re-checks a saved plan), shows the plan, passes the guards (live mode, prune,
/// protected, confirmation, `--fail-on`), then runs the `ApplyExecutor` with progress on stderr and
/// a report on stdout. Exit codes: 0 done or nothing to do, 1 error / refused / failed step, 3 a
/// `--fail-on` kind is present.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Make the planned changes in the Stripe account, safely and repeatably.",
        discussion: """
            Plans like `tariff plan`, shows the plan, asks for confirmation on a terminal (or \
            needs --auto-approve without one), then applies it stage by stage: meters, products, \
            prices, default prices, webhook, subscription migrations, archives. Every write carries \
            an idempotency key derived from the plan, so a retry or a re-run never duplicates; \
            after a failure apply stops at the stage boundary and a new plan shows what is left.

            With --plan FILE, apply executes a plan saved by `tariff plan --out FILE` after \
            re-reading the account: it refuses (exit 1) when the account, mode, API version, \
            config or any object it read has changed since.

            A new webhook endpoint's signing secret is written only to --webhook-secret-out \
            (mode 0600); Stripe never shows it again.

            Exit status: 0 applied (or nothing to do), 1 error, refused or failed, 3 a --fail-on \
            kind is present.

            Examples:
              tariff apply examples/api-business
              tariff apply --auto-approve --webhook-secret-out .webhook-secret billing/
              tariff plan --out plan.json && tariff apply --plan plan.json --auto-approve
              tariff apply --emulator --auto-approve examples/minimal
            """
    )

    @Argument(help: "Config files or directories merged into one config (default: tariff.yaml).")
    var paths: [String] = []

    @Option(help: "Apply this saved plan (from `tariff plan --out`) after checking it is still current.")
    var plan: String?

    @Flag(help: "Apply without asking (required when there is no terminal).")
    var autoApprove = false

    @Flag(help: "Allow changes to a live-mode account.")
    var live = false

    @Flag(help: "Archive managed objects that the config no longer declares.")
    var prune = false

    @Flag(help: "Take over unmarked objects that hold a declared product id, lookup key or webhook URL.")
    var adopt = false

    @Option(
        name: .customLong("fail-on"),
        help: "Exit 3 without applying when the plan holds these kinds (e.g. archive,replace,migrate).")
    var failOn: [String] = []

    @Option(help: "Requests in flight at once within a stage (lowered automatically on 429s).")
    var parallelism: Int = 4

    @Option(
        name: .customLong("webhook-secret-out"),
        help: "Write a new webhook endpoint's signing secret to this file (mode 0600).")
    var webhookSecretOut: String?

    @Option(help: "Report format: text or json (a versioned document on stdout).")
    var format: ApplyOutputFormat = .text

    @Option(name: .customLong("api-base"), help: "Stripe API base URL (an emulator's, for instance).")
    var apiBase: String?

    @Flag(help: "Apply to an in-process Stripe emulator; its state lives only as long as this command.")
    var emulator = false

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func validate() throws {
        guard (1...64).contains(parallelism) else {
            throw ValidationError("--parallelism must be between 1 and 64")
        }
    }

    func run() async throws {
        let failKinds = try CheckedConfig.failKinds(failOn)
        let (config, loaded) = try CheckedConfig.load(paths, diagnosticOptions: diagnosticOptions)
        let session: ApplySession
        do {
            session = try ApplySession(config: config, apiBase: apiBase, emulator: emulator)
        } catch {
            Self.fail("\(error)")
        }
        let code = await execute(config: config, loaded: loaded, session: session, failKinds: failKinds)
        await session.shutdown()
        if code != 0 { throw ExitCode(code) }
    }

    /// Everything after the client exists; returns the exit code so the session can shut down.
    private func execute(
        config: Config, loaded: LoadedConfig, session: ApplySession, failKinds: Set<ActionKind>
    ) async -> Int32 {
        let options = PlanOptions(
            prune: prune, adopt: adopt, configDigest: loaded.digest,
            apiVersion: config.stripe.apiVersion?.value)
        let planned: ApplyPlanner.Planned
        do {
            planned = try await session.planner.plan(DesiredStateCompiler.compile(config), options: options)
        } catch {
            return Self.report(error: "\(error)")
        }
        var diagnostics = loaded.diagnostics
        for diagnostic in planned.plan.diagnostics { diagnostics.emit(diagnostic) }
        DiagnosticOutput.print(diagnostics, files: loaded.files, options: diagnosticOptions)
        if let path = plan {
            switch Self.checkSaved(path, against: planned) {
            case .success: break
            case .failure(let error): return Self.report(error: error.description)
            }
        }
        let current = planned.plan
        if let refusal = ApplyGuards.protected(plan: current) ?? ApplyGuards.prune(
            plan: current, pruneFlag: prune)
            ?? ApplyGuards.liveMode(key: session.key, plan: current, liveFlag: live, config: config)
        {
            return Self.report(error: refusal)
        }
        if current.actions.contains(where: { failKinds.contains($0.kind) }) {
            Self.show(current, onStdout: format == .text)
            let kinds = failKinds.map(\.rawValue).sorted().joined(separator: ", ")
            FileHandle.standardError.write(
                Data(
                    "error: the plan holds changes of a kind --fail-on refuses (\(kinds)); nothing was applied\n"
                        .utf8))
            return 3
        }
        guard current.hasChanges else {
            return finish(ApplyReport(results: []), planReads: current.statistics.requests, nothingToDo: true)
        }
        Self.show(current, onStdout: format == .text)
        if let refusal = ApplyGuards.confirm(autoApprove: autoApprove, summary: SummaryLine.text(current)) {
            return Self.report(error: refusal)
        }
        if webhookSecretOut == nil,
            current.actions.contains(where: {
                $0.resource == .webhookEndpoint && ($0.kind == .create || $0.kind == .replace)
            })
        {
            FileHandle.standardError.write(
                Data(
                    "warning: a webhook endpoint will be created without --webhook-secret-out; its signing secret cannot be read back from Stripe later\n"
                        .utf8))
        }
        let secretFile: WebhookSecretFile?
        do {
            secretFile = try webhookSecretOut.map { try WebhookSecretFile(path: $0) }
        } catch {
            return Self.report(error: "\(error)")
        }
        let printer = ApplyProgressPrinter(interactive: isatty(STDERR_FILENO) == 1)
        var sink: (@Sendable (StripeSecret) throws -> Void)?
        if let secretFile { sink = { secret in try secretFile.write(secret) } }
        let applyOptions = ApplyOptions(
            parallelism: parallelism, knownIDs: planned.knownIDs, webhookSecret: sink,
            progress: { printer.handle($0) })
        let report = await ApplyExecutor(plan: current, client: session.client, options: applyOptions).run()
        printer.finish()
        return finish(report, planReads: current.statistics.requests, nothingToDo: false)
    }

    /// Prints the report and gives the exit code.
    private func finish(_ report: ApplyReport, planReads: Int, nothingToDo: Bool) -> Int32 {
        switch format {
        case .json:
            let document = (try? ApplyReportV1(report, planReads: planReads).encoded()) ?? "{}"
            FileHandle.standardOutput.write(Data((document + "\n").utf8))
        case .text:
            let text =
                nothingToDo
                ? "No changes. Your Stripe account matches the configuration.\n"
                : ApplyReportText.render(report, planReads: planReads)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        return report.succeeded ? 0 : 1
    }

    /// Reads a saved plan and compares it with the account as it is now.
    private static func checkSaved(_ path: String, against planned: ApplyPlanner.Planned) -> Result<
        Void, ApplyCommandError
    > {
        let saved: SavedPlan
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            saved = try SavedPlanHeaderV1.decode(from: data).savedPlan()
        } catch {
            return .failure(ApplyCommandError("cannot read the saved plan \(path): \(error)"))
        }
        let differences = PlanStaleness.differences(saved: saved, current: planned)
        guard differences.isEmpty else {
            let list = differences.map { "  - \($0)" }.joined(separator: "\n")
            return .failure(
                ApplyCommandError(
                    "the saved plan \(path) is stale; make a new one with `tariff plan`. What changed:\n\(list)"
                ))
        }
        return .success(())
    }

    /// The plan as text: on stdout for a text run, on stderr when stdout is for JSON.
    private static func show(_ plan: Plan, onStdout: Bool) {
        guard let text = try? PlanFormat.text.render(plan) else { return }
        let handle = onStdout ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    private static func report(error: String) -> Int32 {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        return 1
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(1)
    }
}

/// `--format` of apply's report.
enum ApplyOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

/// The one-line summary shown before the confirmation prompt.
enum SummaryLine {
    static func text(_ plan: Plan) -> String {
        let summary = plan.summary
        return "Plan: \(summary.count(.create)) to create, \(summary.count(.update)) to update, "
            + "\(summary.count(.replace)) to replace, \(summary.count(.archive)) to archive, "
            + "\(summary.count(.migrate)) migrations, \(summary.count(.adopt)) to adopt."
    }
}
