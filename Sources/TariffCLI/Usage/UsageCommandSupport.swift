import ArgumentParser
import Foundation
import TariffConfig
import TariffDiagnostics
import TariffUsage
import TariffUsageStore

/// What the `tariff usage` commands share: the config's `usage:` section, its field mapping, and
/// the computed totals of its meters.
enum UsageCommandSupport {
    /// The config's `usage:` section; a config without one cannot evaluate usage.
    static func settings(of config: Config) throws(CLIError) -> UsageSettings {
        guard let usage = config.usage else {
            throw CLIError(
                "usage.no-usage-section",
                "the config has no usage: section; add one with usage.events (a preset such as moesif, "
                    + "or fields: time and company) to say how events are read (docs/config.md#usage)")
        }
        return usage
    }

    /// The event field paths in effect (the checker guarantees time and company).
    static func mapping(of settings: UsageSettings) throws(CLIError) -> EventFieldMapping {
        guard let time = settings.events.fields.time?.value,
            let company = settings.events.fields.company?.value
        else {
            throw CLIError(
                "usage.no-event-fields",
                "usage.events names no time or company field; set a preset or fields:")
        }
        return EventFieldMapping(time: time, company: company, id: settings.events.fields.id?.value)
    }

    /// `--periods FILE` (CSV company,start,end); a bad row stops with its diagnostics.
    static func readPeriods(_ path: String, output: TerminalOutput) throws -> BillingPeriods {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else { throw ValidationError("cannot read the periods file '\(path)'; expected a UTF-8 CSV file") }
        let (periods, diagnostics) = BillingPeriodsReader.read(text, path: path)
        if diagnostics.hasErrors {
            var files = SourceFiles()
            files.add(path: path, text: text)
            output.diagnostics(diagnostics, files: files)
            throw ExitStatus.failure.exitCode
        }
        return periods
    }

    /// Every meter in `meters` evaluated over `range`: on the user's PostgreSQL table when the
    /// config names `usage.source.postgres` (unless `storeOnly`), else in-process on the store at
    /// `storePath`.
    static func computedTotals(
        _ meters: [Meter], range: WindowRange, periods: BillingPeriods = .calendarMonths,
        settings: UsageSettings, storePath: String, storeOnly: Bool = false
    ) async throws -> [UsageTotal] {
        var totals: [UsageTotal] = []
        if !storeOnly, let postgres = settings.source?.postgres {
            let url = try PostgresURL(
                try SecretReader.read(
                    postgres.url.value.description, environment: ProcessInfo.processInfo.environment))
            let source = PostgresEventSource(url: url)
            for meter in meters {
                let request = UsageQueryRequest(
                    meter: meter, range: range, periods: periods, layout: .postgres(postgres))
                totals += try await source.totals(sql: UsageQueryCompiler.sql(request, dialect: .postgres))
            }
            return totals
        }
        let store: UsageStore
        do {
            store = try UsageStore.open(path: storePath)
        } catch {
            throw CLIError(
                "usage.store", "cannot open the usage store \(storePath): \(error)",
                notes: [
                    "ingest events first with `tariff usage ingest FILE…`, or name the store with --store"
                ])
        }
        defer { store.close() }
        for meter in meters {
            let request = UsageQueryRequest(meter: meter, range: range, periods: periods)
            totals += try store.totals(sql: UsageQueryCompiler.sql(request, dialect: .sqlite))
        }
        return totals
    }
}
