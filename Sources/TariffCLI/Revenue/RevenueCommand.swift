import ArgumentParser
import Foundation
import TariffBilling
import TariffConfig

/// `tariff revenue [PATH…]`: MRR, usage so far and its charge, credit balances, invoiced and
/// paid per company for a month. Read-only.
struct RevenueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revenue",
        abstract: "Show MRR, usage so far, credits, invoiced and paid per company (read-only).",
        discussion: """
            One row per company (customers grouped through id_mapping.company_id) and currency: \
            its Stripe customers, its live subscriptions on the config's prices, MRR (licensed \
            recurring prices × quantity, normalised to a month; trials left out), usage so far in \
            the current billing period per meter and its charge under the price (graduated, \
            volume, package, per unit; before credits), billing credits available now, and the \
            total and settled part (paid, or taken from the balance) of its invoices created in \
            the month. Customers without a company are grouped apart; totals per currency close \
            the table.

            Usage comes from the usage store (or the config's PostgreSQL source) when the config \
            has a usage: section and the store exists, else from Stripe's meter event summaries \
            (one request per customer and meter); the output names the source. Reads list \
            endpoints, plus one credit balance summary per customer holding credit grants; \
            --verbose prints the request count.

            Exit status: 0 success, 1 error.

            Examples:
              tariff revenue examples/api-business
              tariff revenue --period 2026-11 --format csv billing/ > revenue.csv
            """
    )

    @Argument(help: "Config files or directories merged into one config (default: tariff.yaml).")
    var paths: [String] = []

    @Option(help: "The month, YYYY-MM in UTC (default: the current month).")
    var period: String?

    @Option(help: "Output format: text, markdown, json or csv.")
    var format: RevenueOutputFormat = .text

    @Option(help: "The usage store to read instead of the config's usage.store.")
    var store: String?

    @Flag(help: "Print the number of Stripe requests on stderr.")
    var verbose = false

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let output = TerminalOutput(options: diagnosticOptions)
        try await output.run("revenue.failed") {
            let month = try Self.month(period)
            let (config, loaded) = try CheckedConfig.load(paths, output: output)
            output.diagnostics(loaded.diagnostics, files: loaded.files)
            try Self.checkStore(store, config: config)
            return try await StripeSession.run(
                connection, key: .config(config.stripe.apiKey.value, mode: config.stripe.mode.value),
                namespace: config.stripe.namespace?.value, apiVersion: config.stripe.apiVersion?.value
            ) { session in
                let usage = RevenueUsageReader(client: session.client, config: config, storePath: store)
                let input = try await RevenueAccount(client: session.client, config: config).read(
                    period: month, usage: usage)
                let prices = Dictionary(
                    config.prices.map { ("\($0.productKey).\($0.key)", $0) },
                    uniquingKeysWith: { first, _ in first })
                let report = RevenueReport(input, prices: prices, period: month)
                output.result(try RevenueFormat(rawValue: format.rawValue)?.render(report) ?? "")
                if verbose {
                    output.message("revenue: \(session.client.requestCounts)")
                }
                return .success
            }
        }
    }

    /// A `--store` the user named must exist and have meters to evaluate (a `usage:` section);
    /// without `--store`, a missing store means Stripe's summaries are read instead.
    static func checkStore(_ store: String?, config: Config) throws {
        guard let store else { return }
        guard config.usage != nil else {
            throw CLIError(
                "revenue.store-without-usage",
                "--store \(store) is given, but the config has no usage: section to evaluate meters with; "
                    + "add one (docs/config.md#usage) or leave out --store to read Stripe's meter event summaries"
            )
        }
        guard FileManager.default.fileExists(atPath: store) else {
            throw CLIError(
                "revenue.no-store",
                "the usage store \(store) does not exist; ingest events first with `tariff usage ingest "
                    + "--store \(store) FILE…`, or leave out --store")
        }
    }

    /// `--period`, or the current UTC month.
    static func month(_ period: String?) throws -> RevenuePeriod {
        guard let period else { return RevenuePeriod(containing: Date()) }
        guard let month = RevenuePeriod(period) else {
            throw CLIError(
                "revenue.invalid-period",
                "--period is '\(period)'; expected a month as YYYY-MM (UTC), for example 2026-11")
        }
        return month
    }
}

/// `--format` for the revenue report.
enum RevenueOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json, csv
}
