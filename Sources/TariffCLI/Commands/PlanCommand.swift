import ArgumentParser
import Foundation
import TariffConfig
import TariffDiagnostics
import TariffEmulator
import TariffEngine
import TariffRender
import TariffStripe

/// `tariff plan [PATH…]`: reads the live account, diffs it with the config and prints the plan.
///
/// The plan goes to stdout in the chosen format (and, with `--out`, as the JSON document to a
/// file); diagnostics go to stderr. Exit codes: 0, 1 (error), 2 (changes, with
/// `--detailed-exitcode`), 3 (`--fail-on` gate).
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
            namespace is tariff-demo (examples/demo) gets the pre-seeded demo account instead.

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

    @Option(name: .customLong("api-base"), help: "Stripe API base URL (an emulator's, for instance).")
    var apiBase: String?

    @Flag(help: "Plan against an empty in-process Stripe emulator (no network, no account needed).")
    var emulator = false

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let failKinds = try CheckedConfig.failKinds(failOn)
        let (config, loaded) = try CheckedConfig.load(paths, diagnosticOptions: diagnosticOptions)
        let plan: Plan
        do {
            plan = try await makePlan(config, digest: loaded.digest, environment: environment)
        } catch {
            DiagnosticOutput.print(loaded.diagnostics, files: loaded.files, options: diagnosticOptions)
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        var diagnostics = loaded.diagnostics
        for diagnostic in plan.diagnostics { diagnostics.emit(diagnostic) }
        DiagnosticOutput.print(diagnostics, files: loaded.files, options: diagnosticOptions)
        try write(plan, environment: environment)
        let code = PlanExitStatus.code(for: plan, detailed: detailedExitcode, failOn: failKinds)
        if code != 0 { throw ExitCode(code) }
    }

    /// Reads the account (real, `--api-base`, or the in-process emulator) and plans.
    private func makePlan(_ config: Config, digest: String, environment: [String: String]) async throws
        -> Plan
    {
        let options = PlanOptions(
            prune: prune, adopt: adopt, auditAllSubscriptions: audit == .all, configDigest: digest,
            apiVersion: config.stripe.apiVersion?.value)
        if emulator {
            let transport = EmulatorTransport(emulator: try await Self.inProcessEmulator(for: config))
            let client = StripeClient(
                configuration: StripeClientConfiguration(
                    apiKey: StripeAPIKey("sk_test_emulator"), apiVersion: options.apiVersion,
                    baseURL: "emulator:in-process"),
                transport: transport)
            return try await Planner(client: client).plan(config, options: options)
        }
        let key = try PlanAPIKey.resolve(
            config.stripe.apiKey.value, environment: environment, mode: config.stripe.mode.value)
        let baseURL = StripeEnvironment.resolveBaseURL(flag: apiBase, environment: environment)
        let transport = AsyncHTTPTransport(baseURL: baseURL)
        let client = StripeClient(
            configuration: StripeClientConfiguration(
                apiKey: key, apiVersion: options.apiVersion, baseURL: baseURL),
            transport: transport)
        do {
            let plan = try await Planner(client: client).plan(config, options: options)
            try await transport.shutdown()
            return plan
        } catch {
            try? await transport.shutdown()
            throw error
        }
    }

    /// The `--emulator` account: empty, or the demo account when the config's namespace is
    /// `tariff-demo` (as in `examples/demo`), so the README's first command has history to show.
    private static func inProcessEmulator(for config: Config) async throws -> StripeEmulator {
        guard DemoAccount.isRequested(byNamespace: config.stripe.namespace?.value) else {
            return StripeEmulator()
        }
        let emulator = StripeEmulator(configuration: .init(seed: DemoAccount.idSeed))
        try await DemoAccount.seed(into: emulator)
        return emulator
    }

    /// The plan on stdout in `format`, and the JSON document in `--out`.
    private func write(_ plan: Plan, environment: [String: String]) throws {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let color: Bool =
            switch diagnosticOptions.color {
            case .always: true
            case .never: false
            case .auto: isatty(STDOUT_FILENO) == 1 && !noColor
            }
        // Diagnostics already went to stderr; the text plan does not repeat them on stdout.
        var rendered = try format.renderFormat.render(
            plan, color: color && format == .text, includeDiagnostics: false)
        if !rendered.hasSuffix("\n") { rendered += "\n" }
        FileHandle.standardOutput.write(Data(rendered.utf8))
        if let out {
            let document = try PlanFormat.json.render(plan)
            do {
                try Data((document.hasSuffix("\n") ? document : document + "\n").utf8).write(
                    to: URL(fileURLWithPath: out))
            } catch {
                throw PlanCommandError("cannot write \(out): \(error.localizedDescription)")
            }
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
