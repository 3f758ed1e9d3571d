import ArgumentParser
import Foundation
import TariffConfig
import TariffUsage
import TariffUsageStore

/// `tariff usage totals` (hidden): every meter's computed totals per company and window, as
/// NDJSON rows `{"meter", "company", "window_start", "value"}` — the in-process engine's answer
/// for the "every engine agrees" check, and a debugging aid.
///
/// Reads the store (SQLite, in-process) or, with `usage.source.postgres`, the user's table
/// through postgres-nio.
struct UsageTotalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "totals",
        abstract: "Print each meter's computed totals per company and window (NDJSON).",
        shouldDisplay: false
    )

    @Option(
        name: .customLong("config"),
        help: "Config files or directories merged into one config (default: tariff.yaml); repeatable.")
    var configPaths: [String] = []

    @Option(
        help:
            "The store to read instead of the config's usage.store (even when the config names a PostgreSQL source)."
    )
    var store: String?

    @Option(
        help: "Billing periods for unique_count and max: a CSV file of company,start,end (epoch seconds).")
    var periods: String?

    @Option(help: "First second (epoch seconds) of the range; default: the lookback's start.")
    var from: Int64?

    @Option(
        help: "End (epoch seconds, exclusive) of the range; default: the end of the current window.")
    var to: Int64?

    @Option(help: "Only these meters (keys); repeatable.")
    var meter: [String] = []

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let output = TerminalOutput(options: diagnosticOptions)
        try await output.run("usage.totals-failed") {
            let (config, _) = try CheckedConfig.load(configPaths, output: output)
            let settings = try UsageCommandSupport.settings(of: config)
            let window = settings.window.value
            let now = Int64(Date().timeIntervalSince1970)
            let lookback = WindowRange.lookback(settings.lookback.value, window: window, now: now)
            let start = UTCTime.windowStart(of: from ?? lookback.start, window)
            let end = to.map { UTCTime.windowStart(of: $0 + window.seconds - 1, window) } ?? lookback.end
            guard let range = WindowRange(window: window, start: start, end: end) else {
                throw ValidationError("--from must be before --to")
            }
            let meters = config.meters.filter { meter.isEmpty || meter.contains($0.key) }
            let billingPeriods = try periods.map { try UsageCommandSupport.readPeriods($0, output: output) }
            let totals = try await UsageCommandSupport.computedTotals(
                meters, range: range, periods: billingPeriods ?? .calendarMonths, settings: settings,
                storePath: store ?? settings.store.value, storeOnly: store != nil)
            if !totals.isEmpty { output.result(try Self.ndjson(totals)) }
            return .success
        }
    }

    /// One NDJSON row per total, in order.
    static func ndjson(_ totals: [UsageTotal]) throws -> String {
        try totals.sorted().map { total in
            try JSONLine.encode(
                TotalRowV1(
                    meter: total.meter, company: total.company, windowStart: total.windowStart,
                    value: total.value))
        }
        .joined()
    }

    /// One row of `usage totals`.
    struct TotalRowV1: Encodable {
        var meter: String
        var company: String
        var windowStart: Int64
        var value: Int64

        enum CodingKeys: String, CodingKey {
            case meter, company, value
            case windowStart = "window_start"
        }
    }
}
