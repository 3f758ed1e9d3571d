import ArgumentParser
import Foundation
import TariffConfig
import TariffRender
import TariffUsage

/// `tariff usage plan [PATH…]`: what `tariff usage apply` would send, and the usage that cannot be
/// billed, with amounts. Read-only.
struct UsagePlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the usage apply would report to Stripe (read-only).",
        discussion: """
            For every meter, company and window of the lookback, compares the value computed from \
            the store (or a warehouse's --totals file) with what Stripe holds: the store's ledger \
            of what apply sent, or with --refresh Stripe's event summaries (day buckets first, \
            hours only where a day differs). Companies map to Stripe customers through \
            id_mapping, read once from Stripe's customer list.

            The plan lists, with amounts: the windows to send; companies with usage but no Stripe \
            customer; customers without a subscription on a price of the meter; usage older than \
            Stripe's 35 days; windows not yet settled. Nothing is written to Stripe.

            --emulator plans against the in-process emulator; for examples/demo (namespace \
            tariff-demo) it starts from the demo account and the demo's events, judged at the \
            demo's clock.

            Exit status: 0 success (nothing to send with --detailed-exitcode), 1 error, 2 windows \
            to send (with --detailed-exitcode).

            Examples:
              tariff usage plan --emulator examples/demo
              tariff usage plan --detailed-exitcode --format markdown billing/
              tariff usage plan --totals warehouse-totals.ndjson --out usage-plan.json
            """
    )

    @OptionGroup var options: UsagePlanOptions

    @Option(help: "Output format: text, markdown or json.")
    var format: UsagePlanOutputFormat = .text

    @Option(help: "Also write the plan as a JSON document to this file.")
    var out: String?

    @Flag(help: "Exit 2 when there are windows to send, 0 when there are none.")
    var detailedExitcode = false

    func run() async throws {
        let output = TerminalOutput(options: options.diagnosticOptions)
        try await output.run("usage.plan-failed") {
            try await options.withPlan(output: output) { run in
                let plan = run.result.plan
                output.result(try format.format.render(plan, color: output.colorOnStdout && format == .text))
                if let out {
                    do {
                        try Data(try UsagePlanFormat.json.render(plan).utf8).write(
                            to: URL(fileURLWithPath: out))
                    } catch {
                        throw CLIError(
                            "usage.write-out", "cannot write \(out): \(error.localizedDescription)")
                    }
                }
                return detailedExitcode && plan.hasChanges ? .changes : .success
            }
        }
    }
}

/// `--format` for the usage plan.
enum UsagePlanOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json

    var format: UsagePlanFormat {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .json: .json
        }
    }
}
