import ArgumentParser
import TariffConfig
import TariffEngine

/// The start shared by the commands that act on a config (`plan`, `apply`): load the paths (or
/// `tariff.yaml`), and stop with the diagnostics and exit 1 when the config has an error, since
/// nothing can be planned from an invalid config.
enum CheckedConfig {
    /// The checked config and what loading it produced (diagnostics, source files, digest).
    static func load(
        _ paths: [String], output: TerminalOutput
    ) throws -> (config: Config, loaded: LoadedConfig) {
        let loaded = ConfigLoader.load(paths: paths.isEmpty ? ["tariff.yaml"] : paths)
        guard let config = loaded.config, !loaded.diagnostics.hasErrors else {
            output.diagnostics(loaded.diagnostics, files: loaded.files)
            throw ExitStatus.failure.exitCode
        }
        return (config, loaded)
    }

    /// `--fail-on archive,replace,migrate` as action kinds; a wrong kind is a usage error.
    static func failKinds<Kind: RawRepresentable & CaseIterable & Hashable>(
        _ values: [String]
    ) throws -> Set<Kind> where Kind.RawValue == String {
        do {
            return try PlanExitStatus.parseFailOn(values)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
