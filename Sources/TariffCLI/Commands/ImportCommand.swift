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
            writes YAML that validates and, once adopted, plans to no changes. Keys are readable: \
            a product's is its tariff_key, its own id when someone chose it, else a slug of its \
            name (`data_api`, with `id: prod_…` kept beside it); a price's comes from its lookup \
            key, else its nickname, else its product, period and currency \
            (`data_api_monthly_usd`); a meter's from its event name. Archived objects are left out \
            unless --include-archived. What Tariff cannot express is listed with the reason, on \
            stderr and at the top of the file.

            --adopt then plans the written config with adoption on, prints that plan (only \
            adopt actions), asks for confirmation on a terminal (or needs --auto-approve \
            without one, like apply) and applies it: Tariff's ownership metadata is written, \
            nothing else, except a lookup key for a price that has none (Tariff finds prices by it).

            The key comes from STRIPE_API_KEY; the API base from --api-base or \
            TARIFF_STRIPE_API_BASE; --emulator reads an in-process emulator (the demo account \
            with --namespace tariff-demo). Import only reads, unless --adopt.

            Examples:
              tariff import --namespace acme --out billing/
              tariff import --namespace acme --out billing/ --adopt --auto-approve
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

    @Flag(help: "Adopt without asking (required for --adopt when there is no terminal).")
    var autoApprove = false

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var diagnosticOptions: DiagnosticOptions

    func run() async throws {
        let output = TerminalOutput(options: diagnosticOptions)
        try await output.run("import.failed") {
            try await StripeSession.run(connection, key: .environment, namespace: namespace, apiVersion: nil)
            {
                session in
                try await run(client: session.client, output: output)
            }
            return .success
        }
    }

    /// Everything after the client exists.
    private func run(client: StripeClient, output: TerminalOutput) async throws {
        let (live, _) = try await LiveStateReader(client: client).readCatalog()
        let importer = CatalogImporter(options: .init(namespace: namespace, includeArchived: includeArchived))
        let catalog = importer.importCatalog(from: live)
        let yaml = try ImportYAMLWriter.yaml(catalog)
        let path =
            out.map { URL(fileURLWithPath: $0).appendingPathComponent("tariff.yaml").path } ?? "tariff.yaml"
        let loaded = ConfigLoader.load(inputs: [ConfigSourceFile(path: path, bytes: Array(yaml.utf8))])
        guard let config = loaded.config, !loaded.diagnostics.hasErrors else {
            output.diagnostics(loaded.diagnostics, files: loaded.files)
            throw CLIError(
                "import.invalid",
                "the imported config does not validate (a bug in tariff import); nothing was written")
        }
        try write(yaml, output: output)
        output.message(ImportSummary.text(catalog, path: out == nil ? nil : path))
        guard adopt else { return }
        try await adoptCatalog(catalog, config: config, digest: loaded.digest, client: client, output: output)
    }

    /// `--adopt`: the plan (shown), the confirmation, lookup keys, then the apply.
    private func adoptCatalog(
        _ catalog: ImportedCatalog, config: Config, digest: String, client: StripeClient,
        output: TerminalOutput
    ) async throws {
        let adoption = ImportAdoption(client: client)
        let planned = try await adoption.plan(DesiredStateCompiler.compile(config), configDigest: digest)
        if planned.plan.diagnostics.contains(where: { $0.severity == .error })
            || !ImportAdoption.unexpected(in: planned.plan, before: catalog).isEmpty
        {
            show(try PlanFormat.text.render(planned.plan), output: output)
            throw CLIError(
                "import.adopt-refused", "the adopt plan holds more than adoptions; nothing was adopted")
        }
        // Asked before anything is written; with --auto-approve there is no question, and the
        // plan is shown once, as applied (after the lookup keys).
        if !autoApprove { show(try PlanFormat.text.render(planned.plan), output: output) }
        if let refusal = ApplyGuards.confirm(
            autoApprove: autoApprove, summary: Self.adoptionSummary(planned.plan, catalog: catalog),
            command: "import --adopt", question: "Do you want to adopt these objects?")
        {
            throw CLIError("import.not-confirmed", refusal)
        }
        let keys = try await adoption.setLookupKeys(catalog)
        let final =
            keys > 0
            ? try await adoption.plan(DesiredStateCompiler.compile(config), configDigest: digest) : planned
        guard ImportAdoption.unexpected(in: final.plan).isEmpty else {
            show(try PlanFormat.text.render(final.plan), output: output)
            throw CLIError(
                "import.adopt-refused",
                "after setting lookup keys the adopt plan holds more than adoptions; nothing was adopted")
        }
        if autoApprove || keys > 0 { show(try PlanFormat.text.render(final.plan), output: output) }
        let report = await adoption.apply(final)
        let failed = report.results.filter { $0.outcome != .done }
        guard failed.isEmpty else {
            throw CLIError(
                "import.adopt-failed", "\(failed.count) of \(report.results.count) adoptions failed",
                notes: failed.map { "\($0.summary): \($0.detail ?? $0.outcome.rawValue)" })
        }
        output.message(
            "Adopted \(report.results.count) objects\(keys > 0 ? " (and set \(keys) lookup key\(keys == 1 ? "" : "s"))" : "")."
        )
    }

    /// What `--adopt` will write, shown before the confirmation.
    static func adoptionSummary(_ plan: Plan, catalog: ImportedCatalog) -> String {
        let adoptions = plan.actions.count { $0.kind == .adopt }
        let keys = catalog.lookupKeysToSet.count
        var text = "Adopt: \(adoptions) object\(adoptions == 1 ? "" : "s") get Tariff's ownership metadata"
        if keys > 0 {
            text +=
                "; \(keys) price\(keys == 1 ? "" : "s") without a lookup key get the one the YAML gives"
                + " (planned above as creates; they are adopted once keyed)"
        }
        return text + "."
    }

    /// The YAML to `--out`/tariff.yaml, or to stdout.
    private func write(_ yaml: String, output: TerminalOutput) throws(CLIError) {
        guard let out else {
            output.result(yaml)
            return
        }
        let directory = URL(fileURLWithPath: out)
        let file = directory.appendingPathComponent("tariff.yaml")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: file)
        } catch {
            throw CLIError("import.write", "cannot write \(file.path): \(error.localizedDescription)")
        }
    }

    /// The plan on stdout when the YAML went to a file, else on stderr (stdout holds the YAML).
    private func show(_ text: String, output: TerminalOutput) {
        output.write(text, toStdout: out != nil)
    }
}
