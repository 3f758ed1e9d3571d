import ArgumentParser
import Foundation
import TariffConfig
import TariffEngine
import TariffRender
import TariffStripe

/// `tariff import`: writes an existing account's catalog as a Tariff config, and adopts it.
///
/// Stages: read the catalog (list endpoints only) → ``CatalogImporter`` → YAML text → check it
/// with the same loader as `validate` (an import that does not validate is a bug, reported as
/// such) → write it → with `--adopt`, plan with adopt on, show the plan, apply it.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write an existing account's catalog as a Tariff config, and optionally adopt it.",
        discussion: """
            Reads products, prices (tiers, currency options), meters and webhook endpoints and \
            writes YAML that validates and, once adopted, plans to no changes. Product keys are \
            their Stripe ids (Tariff's identity for products); price keys come from lookup keys, \
            else from nicknames; meter keys from event names. Archived objects are left out \
            unless --include-archived. What Tariff cannot express is listed with the reason, on \
            stderr and at the top of the file.

            --adopt then plans the written config with adoption on, prints that plan (only \
            <= adopt actions) and applies it: Tariff's ownership metadata is written, nothing \
            else, except a lookup key for a price that has none (Tariff finds prices by it).

            The key comes from STRIPE_API_KEY; the API base from --api-base or \
            TARIFF_STRIPE_API_BASE. Import only reads, unless --adopt.

            Examples:
              tariff import --namespace acme --out billing/
              tariff import --namespace acme --out billing/ --adopt
            """
    )

    @Option(help: "The stripe.namespace of the written config (and of the markers --adopt writes).")
    var namespace: String?

    @Option(help: "Directory to write tariff.yaml into (default: print the YAML to stdout).")
    var out: String?

    @Flag(help: "After writing, adopt the imported objects (shows the adopt plan first).")
    var adopt = false

    @Flag(help: "Also import archived products and prices, as active: false.")
    var includeArchived = false

    @Option(name: .customLong("api-base"), help: "Stripe API base URL (an emulator's, for instance).")
    var apiBase: String?

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let key = StripeEnvironment.resolveAPIKey(configured: nil, environment: environment) else {
            throw fail("no Stripe API key: set \(StripeEnvironment.apiKeyVariable)")
        }
        let baseURL = StripeEnvironment.resolveBaseURL(flag: apiBase, environment: environment)
        let transport = AsyncHTTPTransport(baseURL: baseURL)
        let client = StripeClient(
            configuration: StripeClientConfiguration(apiKey: key, baseURL: baseURL), transport: transport)
        do {
            try await run(client: client)
            try await transport.shutdown()
        } catch {
            try? await transport.shutdown()
            if !(error is ExitCode) { FileHandle.standardError.write(Data("error: \(error)\n".utf8)) }
            throw error is ExitCode ? error : ExitCode(1)
        }
    }

    /// Everything after the client exists.
    private func run(client: StripeClient) async throws {
        let (live, _) = try await LiveStateReader(client: client).readCatalog()
        let importer = CatalogImporter(options: .init(namespace: namespace, includeArchived: includeArchived))
        let catalog = importer.importCatalog(from: live)
        let yaml = ImportYAMLWriter.yaml(catalog)
        let path =
            out.map { URL(fileURLWithPath: $0).appendingPathComponent("tariff.yaml").path } ?? "tariff.yaml"
        let loaded = ConfigLoader.load(inputs: [ConfigSourceFile(path: path, bytes: Array(yaml.utf8))])
        guard let config = loaded.config, !loaded.diagnostics.hasErrors else {
            DiagnosticOutput.print(loaded.diagnostics, files: loaded.files, options: diagnosticOptions)
            throw fail("the imported config does not validate (a bug in tariff import); nothing was written")
        }
        try write(yaml)
        FileHandle.standardError.write(Data(ImportSummary.text(catalog, path: out == nil ? nil : path).utf8))
        guard adopt else { return }
        try await adoptCatalog(catalog, config: config, digest: loaded.digest, client: client)
    }

    /// `--adopt`: lookup keys, the plan (shown), then the apply.
    private func adoptCatalog(
        _ catalog: ImportedCatalog, config: Config, digest: String, client: StripeClient
    ) async throws {
        let adoption = ImportAdoption(client: client)
        let planned = try await adoption.plan(DesiredStateCompiler.compile(config), configDigest: digest)
        if planned.plan.diagnostics.contains(where: { $0.severity == .error })
            || !ImportAdoption.unexpected(in: planned.plan, before: catalog).isEmpty
        {
            show(try PlanFormat.text.render(planned.plan))
            throw fail("the adopt plan holds more than adoptions; nothing was adopted")
        }
        let keys = try await adoption.setLookupKeys(catalog)
        let final =
            keys > 0
            ? try await adoption.plan(DesiredStateCompiler.compile(config), configDigest: digest) : planned
        guard ImportAdoption.unexpected(in: final.plan).isEmpty else {
            show(try PlanFormat.text.render(final.plan))
            throw fail(
                "after setting lookup keys the adopt plan holds more than adoptions; nothing was adopted")
        }
        show(try PlanFormat.text.render(final.plan))
        let report = await adoption.apply(final)
        let failed = report.results.filter { $0.outcome != .done }
        for result in failed {
            FileHandle.standardError.write(
                Data("error: \(result.summary): \(result.detail ?? result.outcome.rawValue)\n".utf8))
        }
        guard failed.isEmpty else { throw ExitCode(1) }
        FileHandle.standardError.write(
            Data(
                "Adopted \(report.results.count) objects\(keys > 0 ? " (and set \(keys) lookup key\(keys == 1 ? "" : "s"))" : "").\n"
                    .utf8))
    }

    /// The YAML to `--out`/tariff.yaml, or to stdout.
    private func write(_ yaml: String) throws {
        guard let out else {
            FileHandle.standardOutput.write(Data(yaml.utf8))
            return
        }
        let directory = URL(fileURLWithPath: out)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: directory.appendingPathComponent("tariff.yaml"))
        } catch {
            throw fail(
                "cannot write \(directory.appendingPathComponent("tariff.yaml").path): \(error.localizedDescription)"
            )
        }
    }

    /// The plan on stdout when the YAML went to a file, else on stderr (stdout holds the YAML).
    private func show(_ text: String) {
        let handle = out == nil ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    private func fail(_ message: String) -> PlanCommandError {
        PlanCommandError(message)
    }
}
