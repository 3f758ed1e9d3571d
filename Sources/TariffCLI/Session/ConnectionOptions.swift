import ArgumentParser

/// `--api-base` and `--emulator`: where a command's Stripe requests go. Every command that talks
/// to Stripe takes these (`@OptionGroup`) and opens a ``StripeSession`` from them.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .customLong("api-base"), help: "Stripe API base URL (an emulator's, for instance).")
    var apiBase: String?

    @Flag(
        help: """
            Use an in-process Stripe emulator (no network, no account): empty, or the pre-seeded \
            demo account when the namespace is tariff-demo. Its state lives as long as the command.
            """)
    var emulator = false

    init() {}
}
