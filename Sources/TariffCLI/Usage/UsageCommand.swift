import ArgumentParser

/// `tariff usage …`: meters evaluated over API events, reconciled with Stripe (DESIGN.md §9).
///
/// Each subcommand is one line of ``subcommands``.
struct UsageCommand: AsyncParsableCommand {
    static let subcommands: [any ParsableCommand.Type] = [
        UsageSQLCommand.self,
        UsageIngestCommand.self,
        UsageTotalsCommand.self,
        UsagePlanCommand.self,
        UsageApplyCommand.self,
    ]

    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "Evaluate meters over API events and report the usage to Stripe.",
        discussion: """
            The usage: section of the config says where events come from and how their fields \
            map; docs/usage.md defines what each meter's filter and metric mean.

            Examples:
              tariff usage ingest --config billing/ logs/
              tariff usage plan --emulator examples/demo
              tariff usage apply --auto-approve billing/
              tariff usage sql --dialect clickhouse examples/api-business
            """,
        subcommands: subcommands
    )
}
