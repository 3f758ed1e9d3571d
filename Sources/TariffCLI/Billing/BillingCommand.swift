import ArgumentParser

/// `tariff billing`: the billing models' policies (pay as you go thresholds, prepaid credits)
/// applied to the account's subscriptions and purchases.
struct BillingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "billing",
        abstract: "Plan and apply the billing policies: payg thresholds and prepaid credits.",
        discussion: """
            Products that declare payg: get billing_thresholds on every active subscription on \
            their managed prices; prices that declare grants: give one credit per paid purchase \
            (paid invoice line). See docs/billing-models.md.
            """,
        subcommands: [BillingPlanCommand.self, BillingApplyCommand.self]
    )
}

/// Options shared by `billing plan` and `billing apply`.
struct BillingOptions: ParsableArguments {
    @Argument(help: "Config files or directories merged into one config (default: tariff.yaml).")
    var paths: [String] = []

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var diagnosticOptions: DiagnosticOptions
}

/// `--format` for the billing plan.
enum BillingPlanOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json
}
