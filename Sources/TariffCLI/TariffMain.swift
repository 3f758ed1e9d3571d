package import ArgumentParser

/// The `tariff` command: billing as code for Stripe.
package struct TariffMain: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "tariff",
        abstract: "Billing as code for Stripe: validate, plan and apply usage-based billing from YAML.",
        discussion: """
            Describe your Stripe meters, products and prices in YAML, keep it in git, review \
            `tariff plan` in pull requests and run `tariff apply` when they merge.

            Examples:
              tariff validate examples/api-business
              tariff plan --emulator examples/api-business
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            PlanCommand.self,
            ApplyCommand.self,
            ImportCommand.self,
            PermissionsCommand.self,
            UsageCommand.self,
            BillingCommand.self,
            RevenueCommand.self,
            EmulatorCommand.self,
        ]
    )

    package init() {}
}
