import ArgumentParser
import Foundation
import TariffConfig
import TariffUsageStore

/// `tariff usage ingest FILE|DIR…`: streams NDJSON events (plain or gzip) into the store.
struct UsageIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read NDJSON API events (or .gz) into the usage store.",
        discussion: """
            Reads every FILE, and every .ndjson, .jsonl, .json or .log file (each optionally \
            .gz) under every DIR, into the store named by usage.store (default \
            .tariff/usage.db). The time, company and id of each event come from \
            usage.events (a preset and fields: overrides).

            Ingest is incremental and idempotent: a file read before is read from where the \
            last run stopped, and an event already stored (the same id, or the same line for \
            events without an id) is not added again.

            A bad line never stops the run: it is counted by reason, with samples at \
            file:line, in the summary. With --strict any bad line makes the exit status 1.

            Examples:
              tariff usage ingest --config billing/ logs/
              tariff usage ingest events-2026-12-01.ndjson.gz --strict
            """
    )

    @Argument(help: "Event files (NDJSON, optionally gzip) and directories of them.")
    var inputs: [String]

    @Option(
        name: .customLong("config"),
        help: "Config files or directories merged into one config (default: tariff.yaml); repeatable.")
    var configPaths: [String] = []

    @Option(help: "The store to write instead of the config's usage.store.")
    var store: String?

    @Flag(help: "Exit 1 when any line was bad (the good events are still stored).")
    var strict = false

    @Option(help: "Summary format: text or json.")
    var format: IngestSummaryFormat = .text

    @Option(
        name: .customLong("max-line-bytes"), help: "Lines longer than this are skipped and reported.")
    var maxLineBytes: Int = 1 << 20

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("name at least one event FILE or DIR to ingest")
        }
        guard maxLineBytes >= 64 else { throw ValidationError("--max-line-bytes must be at least 64") }
    }

    func run() async throws {
        let output = TerminalOutput(options: diagnosticOptions)
        try await output.run("usage.ingest-failed") {
            let (config, _) = try CheckedConfig.load(configPaths, output: output)
            let settings = try UsageCommandSupport.settings(of: config)
            let mapping = try UsageCommandSupport.mapping(of: settings)
            let storePath = store ?? settings.store.value
            let summary = try ingest(mapping: mapping, storePath: storePath)
            let rendered =
                switch format {
                case .text: IngestSummaryText.render(summary, store: storePath)
                case .json: try IngestSummaryV1.render(summary, store: storePath)
                }
            output.result(rendered)
            if strict, summary.badCount > 0 {
                throw CLIError(
                    "usage.ingest-strict",
                    "--strict: \(summary.badCount) bad input line(s); see the summary above (the good events were stored)"
                )
            }
            return .success
        }
    }

    /// Streams every input into the store, with progress on a terminal.
    private func ingest(mapping: EventFieldMapping, storePath: String) throws -> IngestSummary {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
        let progress = IngestProgressPrinter.forStandardError()
        defer { progress?.finish() }
        do {
            let usageStore = try UsageStore.open(path: storePath)
            defer { usageStore.close() }
            let ingester = try UsageIngester(
                store: usageStore,
                options: IngestOptions(mapping: mapping, nowMicroseconds: now, maxLineLength: maxLineBytes),
                progress: progress.map { printer in { printer.update($0) } })
            return try ingester.ingest(inputs)
        } catch {
            throw CLIError("usage.ingest-failed", "\(error)")
        }
    }
}

/// `--format` of the ingest summary.
enum IngestSummaryFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}
