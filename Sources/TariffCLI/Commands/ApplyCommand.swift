import ArgumentParser
import Foundation
import TariffConfig
import TariffEngine
import TariffRender
import TariffStripe

/// `tariff apply [PATH…]` and `tariff apply --plan plan.json`: makes the planned changes.
///
/// Plans (or re-checks a saved plan), shows the plan, passes the guards (protected, plan errors,
/// prune, live mode, `--fail-on`, confirmation), then runs the `ApplyExecutor` with progress on
/// stderr and a report on stdout. Exit status: ``ExitStatus/success`` done or nothing to do,
/// ``ExitStatus/failure`` error / refused / failed step, ``ExitStatus/policyGate`` a `--fail-on`
/// kind is present.
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

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func validate() throws {
        guard (1...64).contains(parallelism) else {
            throw ValidationError("--parallelism must be between 1 and 64")
        }
    }

    func run() async throws {
        let output = TerminalOutput(options: diagnosticOptions)
        try await output.run("apply.failed") {
            let failKinds: Set<ActionKind> = try CheckedConfig.failKinds(failOn)
            let (config, loaded) = try CheckedConfig.load(paths, output: output)
            return try await StripeSession.run(
                connection, key: .config(config.stripe.apiKey.value, mode: config.stripe.mode.value),
                namespace: config.stripe.namespace?.value, apiVersion: config.stripe.apiVersion?.value
            ) { session in
                try await execute(
                    config: config, loaded: loaded, session: session, failKinds: failKinds, output: output)
            }
        }
    }

    /// Everything after the client exists: plan, guards, confirmation, the apply and its report.
    private func execute(
        config: Config, loaded: LoadedConfig, session: StripeSession, failKinds: Set<ActionKind>,
        output: TerminalOutput
    ) async throws -> ExitStatus {
        let options = PlanOptions(
            prune: prune, adopt: adopt, configDigest: loaded.digest,
            apiVersion: config.stripe.apiVersion?.value)
        let planned = try await ApplyPlanner(reader: LiveStateReader(client: session.client)).plan(
            DesiredStateCompiler.compile(config), options: options)
        var diagnostics = loaded.diagnostics
        for diagnostic in planned.plan.diagnostics { diagnostics.emit(diagnostic) }
        output.diagnostics(diagnostics, files: loaded.files)
        if let path = plan { try Self.checkSaved(path, against: planned) }
        let current = planned.plan
        if let refusal = ApplyGuards.protected(plan: current) ?? ApplyGuards.planErrors(plan: current)
            ?? ApplyGuards.prune(plan: current, pruneFlag: prune)
            ?? ApplyGuards.liveMode(key: session.key, plan: current, liveFlag: live, config: config)
        {
            throw CLIError("apply.refused", refusal)
        }
        if current.actions.contains(where: { failKinds.contains($0.kind) }) {
            try Self.show(current, output: output, onStdout: format == .text)
            let kinds = failKinds.map(\.rawValue).sorted().joined(separator: ", ")
            throw CLIError(
                "apply.fail-on",
                "the plan holds changes of a kind --fail-on refuses (\(kinds)); nothing was applied",
                status: .policyGate)
        }
        guard current.hasChanges else {
            return try finish(
                ApplyReport(results: []), planReads: current.statistics.requests, nothingToDo: true,
                output: output)
        }
        try Self.show(current, output: output, onStdout: format == .text)
        if let refusal = ApplyGuards.confirm(autoApprove: autoApprove, summary: SummaryLine.text(current)) {
            throw CLIError("apply.not-confirmed", refusal)
        }
        if webhookSecretOut == nil,
            current.actions.contains(where: {
                $0.resource == .webhookEndpoint && ($0.kind == .create || $0.kind == .replace)
            })
        {
            output.warning(
                "apply.webhook-secret",
                "a webhook endpoint will be created without --webhook-secret-out; its signing secret cannot be read back from Stripe later"
            )
        }
        let secretFile = try webhookSecretOut.map { path throws(CLIError) in try WebhookSecretFile(path: path)
        }
        let printer = ApplyProgressPrinter(interactive: output.stderrIsTerminal)
        var sink: (@Sendable (StripeSecret) throws -> Void)?
        if let secretFile { sink = { secret in try secretFile.write(secret) } }
        let applyOptions = ApplyOptions(
            parallelism: parallelism, knownIDs: planned.knownIDs, webhookSecret: sink,
            progress: { printer.handle($0) })
        let report = await ApplyExecutor(plan: current, client: session.client, options: applyOptions).run()
        printer.finish()
        return try finish(report, planReads: current.statistics.requests, nothingToDo: false, output: output)
    }

    /// Prints the report and gives the exit status. A JSON report that cannot be encoded is an
    /// error, never an empty document.
    private func finish(
        _ report: ApplyReport, planReads: Int, nothingToDo: Bool, output: TerminalOutput
    ) throws -> ExitStatus {
        switch format {
        case .json:
            let document: String
            do {
                document = try ApplyReportV1(report, planReads: planReads).encoded()
            } catch {
                throw CLIError(
                    "apply.report-encoding",
                    "the apply report could not be encoded as JSON (\(error)); "
                        + "\(report.results.count) steps ran, \(report.succeeded ? "all" : "not all") succeeded; "
                        + "run `tariff plan` to see the account as it is now")
            }
            output.result(document)
        case .text:
            output.result(
                nothingToDo
                    ? "No changes. Your Stripe account matches the configuration."
                    : ApplyReportText.render(report, planReads: planReads))
        }
        return report.succeeded ? .success : .failure
    }

    /// Reads a saved plan and compares it with the account as it is now.
    private static func checkSaved(_ path: String, against planned: ApplyPlanner.Planned) throws(CLIError) {
        let saved: SavedPlan
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            saved = try SavedPlanHeaderV1.decode(from: data).savedPlan()
        } catch {
            throw CLIError("apply.saved-plan", "cannot read the saved plan \(path): \(error)")
        }
        let differences = PlanStaleness.differences(saved: saved, current: planned)
        guard differences.isEmpty else {
            throw CLIError(
                "apply.stale-plan",
                "the saved plan \(path) is stale; make a new one with `tariff plan`. What changed:",
                notes: differences)
        }
    }

    /// The plan as text: on stdout for a text run, on stderr when stdout is for JSON.
    private static func show(_ plan: Plan, output: TerminalOutput, onStdout: Bool) throws {
        output.write(try PlanFormat.text.render(plan), toStdout: onStdout)
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
