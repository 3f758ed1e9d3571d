import ArgumentParser
import Foundation
import TariffBilling
import TariffConfig
import TariffStripe

/// `tariff billing plan [PATH…]`: the thresholds and credits `billing apply` would write.
/// Read-only.
struct BillingPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the thresholds and credits billing apply would write (read-only).",
        discussion: """
            Lists every active subscription on a payg: product's managed prices whose \
            billing_thresholds differ from the product's (current -> wanted), thresholds Tariff \
            set whose policy was removed, and every paid invoice line of a price with grants: \
            that has no credit yet (found by metadata tariff_invoice_line). Nothing is written.

            It also lists every live credit grant Tariff gave for a purchase that was reversed \
            since: an invoice line that issued credit notes credit in full, or an invoice that was \
            voided. Those grants are voided; what is left of them is forfeited.

            Exit status: 0 success (no changes with --detailed-exitcode), 1 error, 2 changes \
            (with --detailed-exitcode), 3 a --fail-on kind is present.

            Examples:
              tariff billing plan examples/api-business
              tariff billing plan --detailed-exitcode --fail-on remove,void billing/
              tariff billing plan --format markdown --out billing-plan.json billing/
            """
    )

    @OptionGroup var options: BillingOptions

    @Option(help: "Output format: text, markdown or json.")
    var format: BillingPlanOutputFormat = .text

    @Option(help: "Also write the plan as a JSON document to this file.")
    var out: String?

    @Flag(help: "Exit 2 when the plan has changes, 0 when it has none.")
    var detailedExitcode = false

    @Option(
        name: .customLong("fail-on"),
        help: "Exit 3 when the plan holds these kinds (set, change, remove, credit, void; e.g. remove,void).")
    var failOn: [String] = []

    func run() async throws {
        let output = TerminalOutput(options: options.diagnosticOptions)
        try await output.run("billing.plan-failed") {
            let failKinds: Set<BillingActionKind> = try CheckedConfig.failKinds(failOn)
            return try await BillingRun.withPlan(options, output: output) { plan, _ in
                output.result(try BillingPlanFormat(rawValue: format.rawValue)?.render(plan) ?? "")
                if let out {
                    do {
                        try Data(try BillingPlanFormat.json.render(plan).utf8).write(
                            to: URL(fileURLWithPath: out))
                    } catch {
                        throw CLIError(
                            "billing.write-out", "cannot write \(out): \(error.localizedDescription)")
                    }
                }
                return Self.status(for: plan, detailed: detailedExitcode, failOn: failKinds)
            }
        }
    }
}

extension BillingPlanCommand {
    /// As `tariff plan`'s (``PlanExitStatus``): ``ExitStatus/policyGate`` when the plan holds a
    /// kind `--fail-on` names, else ``ExitStatus/changes`` with `--detailed-exitcode` and changes.
    static func status(for plan: BillingPlan, detailed: Bool, failOn: Set<BillingActionKind>) -> ExitStatus {
        if !plan.actionKinds.isDisjoint(with: failOn) { return .policyGate }
        return detailed && plan.hasChanges ? .changes : .success
    }
}

/// The start `billing plan` and `billing apply` share: the checked config, a Stripe session,
/// the plan, and its problems printed as warnings.
enum BillingRun {
    static func withPlan(
        _ options: BillingOptions, output: TerminalOutput,
        _ body: (BillingPlan, StripeClient) async throws -> ExitStatus
    ) async throws -> ExitStatus {
        let (config, loaded) = try CheckedConfig.load(options.paths, output: output)
        output.diagnostics(loaded.diagnostics, files: loaded.files)
        return try await StripeSession.run(
            options.connection, key: .config(config.stripe.apiKey.value, mode: config.stripe.mode.value),
            namespace: config.stripe.namespace?.value, apiVersion: config.stripe.apiVersion?.value
        ) { session in
            let (plan, problems) = try await BillingAccount(client: session.client, config: config).plan()
            for problem in problems {
                output.warning("billing.price-not-applied", "\(problem.location): \(problem.message)")
            }
            return try await body(plan, session.client)
        }
    }
}
