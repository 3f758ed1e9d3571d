import ArgumentParser
import Foundation
import TariffConfig
import TariffDiagnostics
import TariffEngine
import TariffRender

/// `tariff plan [PATH…]`: reads the live account, diffs it with the config and prints the plan.
///
/// The plan goes to stdout in the chosen format (and, with `--out`, as the JSON document to a
/// file); diagnostics go to stderr. Exit status: ``PlanExitStatus``.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what apply would change in the Stripe account (read-only).",
        discussion: """
            Reads the account through Stripe's list endpoints, compares it with the config and \
            prints an ordered plan: creates, in-place updates, replacements (and the field that \
            forces each), archives, subscription migrations and adoptions, with the subscribers \
            each change touches. Nothing is written to Stripe.

            The key comes from the config's stripe.api_key reference or STRIPE_API_KEY; the API \
            base from --api-base or TARIFF_STRIPE_API_BASE. --emulator plans against an empty \
            in-process emulator instead, with no network and no Stripe account; a config whose \
            namespace is tariff-demo (examples/demo) gets the pre-seeded demo account instead \
            (apply --emulator starts from the same account).

            Exit status: 0 success (no changes with --detailed-exitcode), 1 error, 2 changes \
            (with --detailed-exitcode), 3 a --fail-on kind is present.

            Examples:
              tariff plan examples/api-business
              tariff plan --format markdown --out plan.json billing/
              tariff plan --detailed-exitcode --fail-on archive,replace,migrate
              tariff plan --emulator examples/minimal.yaml
            """
    )

    @Argument(help: "Config files or directories merged into one config (default: tariff.yaml).")
    var paths: [String] = []

    @Option(help: "Output format: text, markdown or json.")
    var format: PlanOutputFormat = .text

    @Option(help: "Also write the plan as a JSON document (with fingerprints) to this file.")
    var out: String?

    @Flag(help: "Exit 2 when the plan has changes, 0 when it has none.")
    var detailedExitcode = false

    @Option(
        name: .customLong("fail-on"),
        help: "Exit 3 when the plan holds these kinds (e.g. archive,replace,migrate).")
    var failOn: [String] = []

    @Flag(help: "Archive managed objects that the config no longer declares.")
    var prune = false

    @Flag(help: "Take over unmarked objects that hold a declared product id, lookup key or webhook URL.")
    var adopt = false

    @Option(
        help:
            "Id-mapping audit scope: touched (customers of affected subscriptions) or all (every subscription)."
    )
    var audit: AuditScope = .touched

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let output = TerminalOutput(options: diagnosticOptions)
        try await output.run("plan.failed") {
            let failKinds: Set<ActionKind> = try CheckedConfig.failKinds(failOn)
            let (config, loaded) = try CheckedConfig.load(paths, output: output)
            let plan: Plan
            do {
                plan = try await makePlan(config, digest: loaded.digest)
            } catch {
                output.diagnostics(loaded.diagnostics, files: loaded.files)
                throw error
            }
            var diagnostics = loaded.diagnostics
            for diagnostic in plan.diagnostics { diagnostics.emit(diagnostic) }
            output.diagnostics(diagnostics, files: loaded.files)
            try write(plan, output: output)
            return PlanExitStatus.status(for: plan, detailed: detailedExitcode, failOn: failKinds)
        }
    }

    /// Reads the account (real, `--api-base`, or the in-process emulator) and plans.
    private func makePlan(_ config: Config, digest: String) async throws -> Plan {
        let options = PlanOptions(
            prune: prune, adopt: adopt, auditAllSubscriptions: audit == .all, configDigest: digest,
            apiVersion: config.stripe.apiVersion?.value)
        return try await StripeSession.run(
            connection, key: .config(config.stripe.apiKey.value, mode: config.stripe.mode.value),
            namespace: config.stripe.namespace?.value, apiVersion: options.apiVersion
        ) { session in
            try await Planner(client: session.client).plan(config, options: options)
        }
    }

    /// The plan on stdout in `format`, and the JSON document in `--out`.
    private func write(_ plan: Plan, output: TerminalOutput) throws {
        // Diagnostics already went to stderr; the text plan does not repeat them on stdout.
        let rendered = try format.renderFormat.render(
            plan, color: output.colorOnStdout && format == .text, includeDiagnostics: false)
        output.result(rendered)
        guard let out else { return }
        let document = try PlanFormat.json.render(plan)
        do {
            try Data((document.hasSuffix("\n") ? document : document + "\n").utf8).write(
                to: URL(fileURLWithPath: out))
        } catch {
            throw CLIError("plan.write-out", "cannot write \(out): \(error.localizedDescription)")
        }
    }
}

/// `--audit`: which subscribed customers the id-mapping audit reads.
enum AuditScope: String, CaseIterable, ExpressibleByArgument {
    case touched, all
}

/// `--format`, mapped onto the renderers' formats.
enum PlanOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json

    var renderFormat: PlanFormat {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .json: .json
        }
    }
}
