import ArgumentParser
import TariffBilling

/// `tariff billing apply [PATH…]`: plans, asks (or `--auto-approve`), then writes the
/// thresholds and credits.
struct BillingApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Write the billing plan's thresholds and credits to Stripe.",
        discussion: """
            Plans as billing plan does, prints the plan, asks for confirmation (or takes \
            --auto-approve), then updates each subscription's billing_thresholds and creates one \
            credit grant (or customer balance credit) per uncredited purchase. Every write has an \
            idempotency key derived from the change (a credit's from its invoice line), and a \
            re-run plans from Stripe again, so retries, crashes and re-runs never credit twice.

            A change Stripe refuses is reported and the others are still written. With --fail-on, \
            a plan that holds one of the named kinds (set, change, remove, credit, void) is shown \
            and nothing is written. Exit status: 0 success, 1 error (including any refused change), \
            3 a --fail-on kind is present.

            Examples:
              tariff billing apply --auto-approve examples/api-business
            """
    )

    @OptionGroup var options: BillingOptions

    @Flag(help: "Apply without asking (required when there is no terminal).")
    var autoApprove = false

    @Option(
        name: .customLong("fail-on"),
        help: "Write nothing and exit 3 when the plan holds these kinds (set, change, remove, credit, void).")
    var failOn: [String] = []

    func run() async throws {
        let output = TerminalOutput(options: options.diagnosticOptions)
        try await output.run("billing.apply-failed") {
            let failKinds: Set<BillingActionKind> = try CheckedConfig.failKinds(failOn)
            return try await BillingRun.withPlan(options, output: output) { plan, client in
                output.result(try BillingPlanFormat.text.render(plan))
                let refused = plan.actionKinds.intersection(failKinds)
                guard refused.isEmpty else {
                    let kinds = refused.map(\.rawValue).sorted().joined(separator: ", ")
                    throw CLIError(
                        "billing.apply-fail-on",
                        "the plan holds changes of a kind --fail-on refuses (\(kinds)); nothing was applied",
                        status: .policyGate)
                }
                guard plan.hasChanges else { return .success }
                if let refusal = ApplyGuards.confirm(
                    autoApprove: autoApprove, summary: BillingPlanFormat.summary(plan),
                    command: "billing apply")
                {
                    throw CLIError("billing.apply-refused", refusal)
                }
                let outcome = await BillingApplier(client: client).apply(plan)
                output.result("Applied: \(outcome.written) of \(plan.changeCount) changes written.\n")
                for failure in outcome.failures {
                    output.error(
                        CLIError("billing.apply-change-failed", "\(failure.location): \(failure.message)"))
                }
                return outcome.failures.isEmpty ? .success : .failure
            }
        }
    }
}
