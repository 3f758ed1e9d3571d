import ArgumentParser
import Foundation
import TariffConfig
import TariffDiagnostics
import TariffUsage

extension SQLDialect: ExpressibleByArgument {}

/// `tariff usage sql --dialect D [--meter NAME] [PATH…]`: prints each meter's query, for running
/// in a warehouse whose results come back to `tariff usage plan --totals FILE`.
struct UsageSQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print each meter's query in a SQL dialect, to run where the events are.",
        discussion: """
            Each meter becomes one SELECT whose rows are meter, company, window_start (epoch \
            seconds, UTC) and value (the whole number reported to Stripe): the meaning of \
            docs/usage.md, spelled for the dialect. Statements end with ';' and each is preceded \
            by a '-- meter: NAME' line.

            The events table is the store's layout, events(event_key, ts, company, body) with \
            ts in epoch milliseconds and body the event's JSON text, named by --table; for \
            postgres, usage.source.postgres's table and columns when the config has them. The \
            windows are those of usage.lookback up to now, or --from and --to.

            unique_count and max meters accumulate within billing periods: those of --periods, \
            else calendar months (UTC).

            Examples:
              tariff usage sql --dialect clickhouse examples/api-business
              tariff usage sql --dialect bigquery --meter api_calls --table analytics.events billing/
            """
    )

    @Argument(help: "Config files or directories merged into one config (default: tariff.yaml).")
    var paths: [String] = []

    @Option(help: "SQL dialect: sqlite, postgres, clickhouse, duckdb or bigquery.")
    var dialect: SQLDialect

    @Option(help: "Only this meter (its key under meters:).")
    var meter: String?

    @Option(help: "The events table (default: events, or usage.source.postgres.table for postgres).")
    var table: String?

    @Option(help: "First window: epoch seconds or RFC 3339 (default: now minus usage.lookback).")
    var from: String?

    @Option(help: "End of the last window, exclusive: epoch seconds or RFC 3339 (default: now).")
    var to: String?

    @Option(
        help: "Billing periods for unique_count and max: a CSV file of company,start,end (epoch seconds).")
    var periods: String?

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() throws {
        let (config, _) = try CheckedConfig.load(paths, output: TerminalOutput(options: diagnosticOptions))
        let meters = try selectedMeters(config)
        let range = try windowRange(config.usage)
        var layout = EventTableLayout.store
        if dialect == .postgres, let postgres = config.usage?.source?.postgres {
            layout = .postgres(postgres)
        }
        if let table { layout.table = table }
        let billingPeriods =
            try periods.map {
                try UsageCommandSupport.readPeriods($0, output: TerminalOutput(options: diagnosticOptions))
            } ?? .calendarMonths
        var output = ""
        for meter in meters {
            let request = UsageQueryRequest(
                meter: meter, range: range, periods: billingPeriods, layout: layout)
            let sql = UsageQueryCompiler.sql(request, dialect: dialect)
            output += "-- meter: \(meter.key)\n" + sql.dropLast() + ";\n\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func selectedMeters(_ config: Config) throws -> [Meter] {
        guard let meter else {
            if config.meters.isEmpty { throw ValidationError("the config declares no meters") }
            return config.meters
        }
        if let found = config.meter(named: meter) { return [found] }
        let keys = config.meters.map(\.key)
        let hint = Suggestion.closest(to: meter, among: keys).map { "; did you mean '\($0)'?" } ?? ""
        throw ValidationError(
            "no meter '\(meter)' in the config\(hint) (meters: \(keys.joined(separator: ", ")))")
    }

    private func windowRange(_ usage: UsageSettings?) throws -> WindowRange {
        let window = usage?.window.value ?? .hour
        let lookback = usage?.lookback.value ?? UsageSettings.defaultLookback
        let now = Int64(Date().timeIntervalSince1970)
        let end = try to.map { try Self.time($0, "--to") } ?? now
        let alignedEnd = UTCTime.windowStart(of: end - 1, window) + window.seconds
        let start = try from.map { try Self.time($0, "--from") } ?? (end - lookback.seconds)
        let alignedStart = UTCTime.windowStart(of: start, window)
        guard let range = WindowRange(window: window, start: alignedStart, end: alignedEnd) else {
            throw ValidationError("--from must be before --to")
        }
        return range
    }

    /// Epoch seconds, or an RFC 3339 time such as 2026-12-01T00:00:00Z.
    static func time(_ text: String, _ option: String) throws -> Int64 {
        if let seconds = Int64(text) { return seconds }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
        throw ValidationError(
            "\(option) '\(text)' is not a time; expected epoch seconds or RFC 3339 such as 2026-12-01T00:00:00Z"
        )
    }
}
