import ArgumentParser
import Foundation
import TariffConfig
import TariffEmulator
import TariffUsage
import TariffUsageStore

/// What `usage plan` and `usage apply` both take, and the planning run they share.
struct UsagePlanOptions: ParsableArguments {
    @Argument(help: "Config files or directories merged into one config (default: tariff.yaml).")
    var paths: [String] = []

    @Flag(help: "Read what Stripe holds from its event summaries instead of the store's ledger.")
    var refresh = false

    @Option(help: "A warehouse's totals (NDJSON or CSV from `tariff usage sql`) instead of the store's.")
    var totals: String?

    @Option(help: "The store to read instead of the config's usage.store.")
    var store: String?

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    /// A plan made, with what apply needs to carry it out.
    struct Run {
        var result: UsagePlanning.Result
        var session: StripeSession
        /// The store holding the ledger apply writes to.
        var store: UsageStore
    }

    /// Loads the config, opens the store, connects, plans and hands the run to `body`; the store,
    /// the connection and any demo files are released on every path.
    func withPlan<Value>(output: TerminalOutput, _ body: (Run) async throws -> Value) async throws -> Value {
        let (config, loaded) = try CheckedConfig.load(paths, output: output)
        output.diagnostics(loaded.diagnostics, files: loaded.files)
        let settings = try UsageCommandSupport.settings(of: config)
        let demo = connection.emulator && DemoAccount.isRequested(byNamespace: config.stripe.namespace?.value)
        var now = Int64(Date().timeIntervalSince1970)
        var storePath = store ?? settings.store.value
        var demoDirectory: URL?
        defer { if let demoDirectory { try? FileManager.default.removeItem(at: demoDirectory) } }
        if demo {
            // The demo's committed events, ingested into a throw-away store and judged at the
            // demo's clock, so the plan is the same on every machine and every day.
            now = DemoAccount.usageNow
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tariff-demo-\(UUID().uuidString)")
            demoDirectory = directory
            storePath = directory.appendingPathComponent("usage.db").path
            try Self.ingestDemoEvents(
                config: paths.first ?? ".", settings: settings, storePath: storePath, now: now)
        } else if totals == nil, settings.source == nil, !FileManager.default.fileExists(atPath: storePath) {
            throw CLIError(
                "usage.no-store", "the usage store \(storePath) does not exist",
                notes: [
                    "ingest events first with `tariff usage ingest FILE…`, or name the store with --store"
                ])
        }
        let usageStore: UsageStore
        do {
            usageStore = try UsageStore.open(path: storePath)
        } catch {
            throw CLIError("usage.store", "cannot open the usage store \(storePath): \(error)")
        }
        defer { usageStore.close() }
        let planning = UsagePlanning(
            config: config, settings: settings, now: now, refresh: refresh, totalsPath: totals,
            storePath: storePath)
        return try await StripeSession.run(
            connection, key: .config(config.stripe.apiKey.value, mode: config.stripe.mode.value),
            namespace: config.stripe.namespace?.value, apiVersion: config.stripe.apiVersion?.value
        ) { session in
            if demo, let emulator = session.emulator { await emulator.setNow(Int(now)) }
            let result = try await planning.plan(client: session.client, key: session.key, store: usageStore)
            return try await body(Run(result: result, session: session, store: usageStore))
        }
    }

    /// Ingests `events/` beside the demo config into the store at `storePath`.
    private static func ingestDemoEvents(
        config: String, settings: UsageSettings, storePath: String, now: Int64
    ) throws {
        var directory = URL(fileURLWithPath: config)
        if directory.pathExtension == "yaml" || directory.pathExtension == "yml" {
            directory = directory.deletingLastPathComponent()
        }
        let events = directory.appendingPathComponent("events").path
        do {
            try FileManager.default.createDirectory(
                atPath: (storePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let store = try UsageStore.open(path: storePath)
            defer { store.close() }
            let options = IngestOptions(
                mapping: try UsageCommandSupport.mapping(of: settings), nowMicroseconds: now * 1_000_000)
            _ = try UsageIngester(store: store, options: options).ingest([events])
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("usage.demo-events", "cannot ingest the demo's events from \(events): \(error)")
        }
    }
}
