package import TariffDiagnostics
import TariffSupport

/// Everything `tariff validate` (and later stages) need from loading a config.
package struct LoadedConfig: Sendable {
    /// The checked config; `nil` when any error was found.
    package var config: Config?
    /// Every problem, from the YAML loader, the schema and the semantic rules.
    package var diagnostics: DiagnosticBag
    /// The files' text for the diagnostic printers, with any literal API key masked.
    package var files: SourceFiles
    /// Every file's path and exact bytes, in load order.
    package var inputs: [ConfigSourceFile]

    package init(
        config: Config?, diagnostics: DiagnosticBag, files: SourceFiles, inputs: [ConfigSourceFile]
    ) {
        self.config = config
        self.diagnostics = diagnostics
        self.files = files
        self.inputs = inputs
    }

    /// SHA-256 (lowercase hex) over the files' contents, sorted; independent of how paths were
    /// spelled, so a saved plan can tell whether the config changed. Computed on demand:
    /// `validate` never needs it.
    package var digest: String { ConfigLoader.digest(of: inputs) }
}

/// The front end's entry point: paths in, a ``LoadedConfig`` out (load → merge → check).
package enum ConfigLoader {
    /// Reads each path (a file, or a directory of `*.yaml` files), merges and checks them.
    package static func load(paths: [String]) -> LoadedConfig {
        var diagnostics = DiagnosticBag()
        let sources = ConfigSources.load(paths: paths, diagnostics: &diagnostics)
        return check(sources, diagnostics: diagnostics)
    }

    /// The pure form of ``load(paths:)``: the files' bytes are given.
    package static func load(inputs: [ConfigSourceFile]) -> LoadedConfig {
        var diagnostics = DiagnosticBag()
        let sources = ConfigSources.merge(inputs, diagnostics: &diagnostics)
        return check(sources, diagnostics: diagnostics)
    }

    /// Runs the checker on the merged document. A config is returned only when neither loading
    /// nor checking found an error.
    private static func check(_ sources: ConfigSources, diagnostics: DiagnosticBag) -> LoadedConfig {
        var diagnostics = diagnostics
        var config: Config?
        if let root = sources.root {
            let result = ConfigChecker.check(root)
            diagnostics.append(contentsOf: result.diagnostics)
            config = result.config
        }
        if diagnostics.hasErrors { config = nil }
        let secretCodes: Set = ["stripe.literal-api-key", "usage.literal-secret"]
        let secrets = diagnostics.diagnostics.filter { secretCodes.contains($0.code) }.compactMap(\.range)
        return LoadedConfig(
            config: config, diagnostics: diagnostics,
            files: secrets.isEmpty ? sources.files : SecretMask.mask(secrets, in: sources.files),
            inputs: sources.inputs)
    }

    /// SHA-256 over the sorted file contents, each prefixed by its length so that no two
    /// different sets of files hash alike.
    static func digest(of inputs: [ConfigSourceFile]) -> String {
        var hasher = SHA256Hex()
        for bytes in inputs.map(\.bytes).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            hasher.update("\(bytes.count):")
            hasher.update(bytes)
        }
        return hasher.finalize()
    }
}
