import ArgumentParser
import Foundation
import TariffConfig
import TariffEngine
import TariffRender

/// `tariff permissions [PATH…]`: the minimal restricted-key permission set for a config.
///
/// Offline: the config is loaded and checked, never sent anywhere. The JSON form has the shape of
/// Stripe's restricted-key permission list so it can be pasted into a key request.
struct PermissionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permissions",
        abstract: "Print the restricted-key permissions that plan or apply need for this config.",
        discussion: """
            Lists the least privilege a Stripe restricted key (rk_…) needs to run Tariff on this \
            config, with the reason for each permission. plan needs only Read permissions; apply \
            adds the Write permissions for what the config declares (meters, products, prices, \
            the webhook, subscriber migrations). --for usage lists what tariff usage needs to \
            read meters, customers and event summaries and to send meter events; --for billing \
            what tariff billing needs to set payg: thresholds and give the credits of grants:; \
            --for revenue the reads of tariff revenue. \
            Nothing is sent to Stripe.

            A 403 from Stripe during plan or apply names the missing permission and points here.

            Exit status: 0, or 1 when the config is invalid.

            Examples:
              tariff permissions examples/api-business
              tariff permissions --for plan --format json billing/
              tariff permissions --for usage examples/api-business
              tariff permissions --for billing examples/api-business
            """
    )

    @Argument(help: "Config files or directories merged into one config (default: tariff.yaml).")
    var paths: [String] = []

    @Option(
        name: .customLong("for"),
        help:
            "The command the key is for: plan (read-only), apply, usage (tariff usage plan and apply), billing (tariff billing plan and apply) or revenue."
    )
    var scope: PermissionsFor = .apply

    @Option(help: "Output format: text or json.")
    var format: PermissionsFormat = .text

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() throws {
        let output = TerminalOutput(options: diagnosticOptions)
        let (config, loaded) = try CheckedConfig.load(paths, output: output)
        output.diagnostics(loaded.diagnostics, files: loaded.files)
        let report = PermissionReport(desired: DesiredStateCompiler.compile(config), scope: scope.scope)
        output.result(format == .json ? try report.json() : report.text())
    }
}

/// `tariff permissions --for`, mapped onto the engine's scope.
enum PermissionsFor: String, CaseIterable, ExpressibleByArgument {
    case plan, apply, usage, billing, revenue

    var scope: PermissionScope {
        switch self {
        case .plan: .plan
        case .apply: .apply
        case .usage: .usage
        case .billing: .billing
        case .revenue: .revenue
        }
    }
}

/// `tariff permissions --format`.
enum PermissionsFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
